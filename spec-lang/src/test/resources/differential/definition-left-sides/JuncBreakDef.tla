---- MODULE JuncBreakDef ----
A == /\ 1 B
 == 2
====
