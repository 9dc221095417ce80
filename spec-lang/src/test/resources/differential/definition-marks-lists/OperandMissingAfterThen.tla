---- MODULE OperandMissingAfterThen ----
CONSTANTS p
A ==   /\ IF p THEN
B == TRUE
====
