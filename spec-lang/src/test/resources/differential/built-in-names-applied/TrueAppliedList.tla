---- MODULE TrueAppliedList ----
CONSTANT p
A ==   \/ TRUE (/\
           /\ p)
B == TRUE
====
