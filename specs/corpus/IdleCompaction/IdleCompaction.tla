---------------------------- MODULE IdleCompaction ----------------------------
(***************************************************************************)
(* A storage node serves its clients' writes into an append-only segment  *)
(* log and compacts the log in the background. Compaction must never     *)
(* compete with client traffic: it runs only when no client write can be  *)
(* served (ENABLED of the serving action, quantified over the clients),   *)
(* the "nothing else can run" rule of an idle-time scheduler. A client    *)
(* whose write cannot be served right now (the log is full) backs off and *)
(* counts it (ENABLED of the serving action for that one client), and a   *)
(* health probe records whether compaction could run at that moment.     *)
(*                                                                         *)
(* Client:      the clients (model values)                                 *)
(* Writes:      writes each client submits                                 *)
(* MaxSegments: segments the log holds before writes must wait             *)
(* MaxBackoffs: backoffs a client counts                                   *)
(* MaxProbes:   health probes taken                                        *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS Client, Writes, MaxSegments, MaxBackoffs, MaxProbes

VARIABLES pending, submitted, segments, backoffs, probes, idleProbes

vars == <<pending, submitted, segments, backoffs, probes, idleProbes>>

TypeOK ==
    /\ pending \in [Client -> 0..1]
    /\ submitted \in [Client -> 0..Writes]
    /\ segments \in 0..MaxSegments
    /\ backoffs \in [Client -> 0..MaxBackoffs]
    /\ probes \in 0..MaxProbes
    /\ idleProbes \in 0..MaxProbes

Init ==
    /\ pending = [c \in Client |-> 0]
    /\ submitted = [c \in Client |-> 0]
    /\ segments = 0
    /\ backoffs = [c \in Client |-> 0]
    /\ probes = 0
    /\ idleProbes = 0

(* A client submits its next write; one write per client in flight. *)
Submit(c) ==
    /\ pending[c] = 0
    /\ submitted[c] < Writes
    /\ pending' = [pending EXCEPT ![c] = 1]
    /\ submitted' = [submitted EXCEPT ![c] = @ + 1]
    /\ UNCHANGED <<segments, backoffs, probes, idleProbes>>

(* The node appends a client's write as a new segment, while the log has room. *)
Serve(c) ==
    /\ pending[c] = 1
    /\ segments < MaxSegments
    /\ pending' = [pending EXCEPT ![c] = 0]
    /\ segments' = segments + 1
    /\ UNCHANGED <<submitted, backoffs, probes, idleProbes>>

(* Background compaction merges the log into one segment, only when no write can be served. *)
Compact ==
    /\ ~ENABLED (\E c \in Client : Serve(c))
    /\ segments > 1
    /\ segments' = 1
    /\ UNCHANGED <<pending, submitted, backoffs, probes, idleProbes>>

(* A client whose write is waiting but cannot be served now backs off. *)
Backoff(c) ==
    /\ pending[c] = 1
    /\ ~ENABLED Serve(c)
    /\ backoffs[c] < MaxBackoffs
    /\ backoffs' = [backoffs EXCEPT ![c] = @ + 1]
    /\ UNCHANGED <<pending, submitted, segments, probes, idleProbes>>

(* A health probe counts the moments at which compaction could run. *)
Probe ==
    /\ probes < MaxProbes
    /\ probes' = probes + 1
    /\ idleProbes' = IF ENABLED Compact THEN idleProbes + 1 ELSE idleProbes
    /\ UNCHANGED <<pending, submitted, segments, backoffs>>

Next ==
    \/ \E c \in Client : Submit(c)
    \/ \E c \in Client : Serve(c)
    \/ Compact
    \/ \E c \in Client : Backoff(c)
    \/ Probe

Spec == Init /\ [][Next]_vars

\* Compaction never leaves a write waiting that the log has room for.
CompactionYields == ENABLED Compact => \A c \in Client : pending[c] = 0 \/ segments = MaxSegments

\* Idle probes are probes.
ProbesCounted == idleProbes <= probes
=============================================================================
