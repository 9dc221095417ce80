---- MODULE BoundAllTrue ----
A == \A TRUE \in {1} : 1
B == ]
====
