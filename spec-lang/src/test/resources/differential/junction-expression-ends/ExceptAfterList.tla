---- MODULE ExceptAfterList ----
CONSTANTS f
A == [ /\ f EXCEPT ![1] = 2]
B == [ \/ f EXCEPT ![1] = 2]
====
