---- MODULE ShadowedBound ----
EXTENDS Naturals
VARIABLE x
A == \A x \in {1} : x = 1
====
