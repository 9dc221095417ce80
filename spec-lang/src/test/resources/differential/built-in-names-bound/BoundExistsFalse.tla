---- MODULE BoundExistsFalse ----
A == \E FALSE \in {1} : 1
B == ]
====
