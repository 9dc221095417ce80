---- MODULE JuncNestedParams ----
A == /\ 1 B(F(_)) == F(1)
====
