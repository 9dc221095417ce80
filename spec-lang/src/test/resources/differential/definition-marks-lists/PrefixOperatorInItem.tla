---- MODULE PrefixOperatorInItem ----
CONSTANTS p
A ==   /\ ~
B == TRUE
====
