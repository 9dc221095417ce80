---- MODULE BoundTrueNoLater ----
A == \A TRUE \in {1} : 1
====
