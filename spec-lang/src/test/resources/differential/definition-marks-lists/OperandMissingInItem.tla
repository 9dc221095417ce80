---- MODULE OperandMissingInItem ----
CONSTANTS p
A ==   /\ p =
B == TRUE
====
