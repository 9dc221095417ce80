---- MODULE BoundFunTrue ----
A == [TRUE \in {1} |-> 1]
B == ]
====
