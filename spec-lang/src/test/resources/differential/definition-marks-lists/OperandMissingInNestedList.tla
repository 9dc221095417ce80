---- MODULE OperandMissingInNestedList ----
CONSTANTS S, p
A == /\ \/ p \in
B == TRUE
====
