---------------------------- MODULE StallWatchdog ----------------------------
(***************************************************************************)
(* A pool of workers takes jobs from a shared queue (a finished batch is   *)
(* queued again), and a watchdog samples the pool now and then: it        *)
(* records whether any worker could make                                   *)
(* progress at that moment (ENABLED of the workers' actions), the way an   *)
(* operator's health check reports a stalled pool.                         *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS Worker, Jobs, MaxSamples

VARIABLES queue, busy, done, samples, stalled

vars == <<queue, busy, done, samples, stalled>>

TypeOK ==
    /\ queue \in 0..Jobs
    /\ busy \subseteq Worker
    /\ done \in 0..Jobs
    /\ samples \in 0..MaxSamples
    /\ stalled \in BOOLEAN

Init ==
    /\ queue = Jobs
    /\ busy = {}
    /\ done = 0
    /\ samples = 0
    /\ stalled = FALSE

Take(w) ==
    /\ w \notin busy
    /\ queue > 0
    /\ queue' = queue - 1
    /\ busy' = busy \cup {w}
    /\ UNCHANGED <<done, samples, stalled>>

Finish(w) ==
    /\ w \in busy
    /\ busy' = busy \ {w}
    /\ done' = done + 1
    /\ UNCHANGED <<queue, samples, stalled>>

(* The batch is done: the same jobs are queued again (a nightly rerun). *)
Rerun ==
    /\ done = Jobs
    /\ queue' = Jobs
    /\ done' = 0
    /\ UNCHANGED <<busy, samples, stalled>>

Progress == (\E w \in Worker : Take(w) \/ Finish(w)) \/ Rerun

Sample ==
    /\ samples < MaxSamples
    /\ samples' = samples + 1
    /\ stalled' = ~ENABLED Progress
    /\ UNCHANGED <<queue, busy, done>>

Next ==
    \/ \E w \in Worker : Take(w)
    \/ \E w \in Worker : Finish(w)
    \/ Rerun
    \/ Sample

Spec == Init /\ [][Next]_vars

\* Every job is queued, in progress or done.
JobsConserved == queue + Cardinality(busy) + done = Jobs
=============================================================================
