---- MODULE BoundMapString ----
A == {1 : STRING \in {1}}
B == ]
====
