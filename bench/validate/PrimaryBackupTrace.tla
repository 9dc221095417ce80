------------------------- MODULE PrimaryBackupTrace -------------------------
(***************************************************************************)
(* The baseline of bench/validate: a hand-written trace-checking spec in   *)
(* the style of published TLA+ trace validation (Cirstea, Kuppe, Merz et   *)
(* al., "Validating Traces of Distributed Programs Against TLA+            *)
(* Specifications", 2024): the log is a TLA+ sequence (module TraceLog,    *)
(* written from the NDJSON log by tracelog.py), a cursor variable i, and   *)
(* one constraint per line: line i+1's action with its parameters, and its *)
(* logged state. TLC explains the whole log exactly when it reaches        *)
(* i = Len(Trace), which violates TraceNotDone.                            *)
(***************************************************************************)
EXTENDS PrimaryBackup, TraceLog, Naturals, Sequences, TLC

VARIABLE i

Logged(k) == /\ version = Trace[k].version
             /\ applied = Trace[k].applied
             /\ inflight = Trace[k].inflight
             /\ committed = Trace[k].committed

TraceInit == /\ i = 1
             /\ Init
             /\ Logged(1)

TraceNext == /\ i < Len(Trace)
             /\ i' = i + 1
             /\ LET e == Trace[i + 1] IN
                  /\ CASE e.action = "Write"     -> Write
                       [] e.action = "Replicate" -> Replicate(e.b)
                       [] e.action = "Apply"     -> Apply(e.b, e.v)
                       [] e.action = "Lose"      -> Lose(e.b, e.v)
                       [] e.action = "Commit"    -> Commit
                       [] OTHER                  -> FALSE
                  /\ version' = e.version
                  /\ applied' = e.applied
                  /\ inflight' = e.inflight
                  /\ committed' = e.committed

TraceNotDone == i < Len(Trace)
=============================================================================
