------------------------------ MODULE GCounter ------------------------------
(* A grow-only counter CRDT: each replica increments its own slot; merge  *)
(* takes the pointwise maximum; the value is the sum over the slots.       *)
EXTENDS Naturals, FiniteSets

CONSTANTS Replica, MaxInc

VARIABLE counters

RECURSIVE SumOver(_, _)
SumOver(f, S) == IF S = {} THEN 0 ELSE LET r == CHOOSE x \in S : TRUE IN f[r] + SumOver(f, S \ {r})

Max(a, b) == IF a > b THEN a ELSE b

Value(r) == SumOver(counters[r], Replica)

TypeOK == counters \in [Replica -> [Replica -> 0..MaxInc]]

Init == counters = [r \in Replica |-> [s \in Replica |-> 0]]

Increment(r) ==
  /\ counters[r][r] < MaxInc
  /\ counters' = [counters EXCEPT ![r][r] = @ + 1]

Merge(r, s) ==
  /\ r # s
  /\ counters' = [counters EXCEPT ![r] = [x \in Replica |-> Max(counters[r][x], counters[s][x])]]

Next == \E r, s \in Replica : Increment(r) \/ Merge(r, s)

Spec == Init /\ [][Next]_counters

OwnSlotIsLatest == \A r, s \in Replica : counters[s][r] <= counters[r][r]
=============================================================================
