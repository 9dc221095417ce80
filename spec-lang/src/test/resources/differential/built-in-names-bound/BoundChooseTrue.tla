---- MODULE BoundChooseTrue ----
A == CHOOSE TRUE \in {1} : 1
B == ]
====
