---- MODULE BoundSetBoolean ----
A == {BOOLEAN \in {1} : 1}
B == ]
====
