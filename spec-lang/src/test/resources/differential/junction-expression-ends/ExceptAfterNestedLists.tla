---- MODULE ExceptAfterNestedLists ----
CONSTANTS f
A == [ /\ \/ f EXCEPT ![1] = 2]
====
