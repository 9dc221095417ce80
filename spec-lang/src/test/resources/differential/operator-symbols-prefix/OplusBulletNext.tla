---- MODULE OplusBulletNext ----
CONSTANT a
A == /\ <+>
       a
     /\ 1
====
