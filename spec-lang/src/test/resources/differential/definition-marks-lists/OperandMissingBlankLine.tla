---- MODULE OperandMissingBlankLine ----
CONSTANTS p
A ==   /\ p =

B == TRUE
====
