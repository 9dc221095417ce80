---- MODULE OperandMissingInSecondItem ----
CONSTANTS p, q
A == /\ q
     /\ p =
B == TRUE
====
