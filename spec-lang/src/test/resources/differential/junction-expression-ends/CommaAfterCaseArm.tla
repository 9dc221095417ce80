---- MODULE CommaAfterCaseArm ----
CONSTANTS p
A == {CASE p -> /\ 1, 2}
====
