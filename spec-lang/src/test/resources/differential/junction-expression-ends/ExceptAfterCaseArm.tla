---- MODULE ExceptAfterCaseArm ----
CONSTANTS p, f
A == [CASE p -> /\ f EXCEPT ![1] = 2]
====
