---- MODULE OplusBulletLeft ----
CONSTANT a
A == /\ <+>
   a
     /\ 1
====
