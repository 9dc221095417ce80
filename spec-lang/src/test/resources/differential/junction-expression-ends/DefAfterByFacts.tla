---- MODULE DefAfterByFacts ----
B == 1
THEOREM Thm == TRUE
BY /\ TRUE, \/ TRUE DEF B
====
