---- MODULE JuncParamsBreakDef ----
A == /\ 1 B(x)
 == x
====
