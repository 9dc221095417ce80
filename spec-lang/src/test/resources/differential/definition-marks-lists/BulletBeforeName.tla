---- MODULE BulletBeforeName ----
CONSTANTS p
A == /\ p
     /\ B == 1
====
