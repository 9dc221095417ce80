----------------------------- MODULE RoundRobin -----------------------------
(* A scheduler that picks any ordering of the tasks (a permutation) and   *)
(* runs them in that order, one slot per step.                            *)
EXTENDS Naturals, TLC

CONSTANT Task

VARIABLES order, slot, done

vars == <<order, slot, done>>

Orders == Permutations(Task)

Init == order \in Orders /\ slot = 0 /\ done = {}

RunNext ==
  /\ slot < 2
  /\ \E t \in Task : order[t] = slot + 1 /\ done' = done \cup {t}
  /\ slot' = slot + 1
  /\ UNCHANGED order

Restart == slot = 2 /\ \E o \in Orders : order' = o /\ slot' = 0 /\ done' = {}

Next == RunNext \/ Restart

Spec == Init /\ [][Next]_vars

DoneCount == \A t \in done : order[t] <= slot
=============================================================================
