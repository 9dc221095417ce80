---- MODULE BoundTupleTrue ----
A == \E <<TRUE, b>> \in {1} : 1
B == ]
====
