---- MODULE BulletAtStartBeforeName ----
CONSTANTS p
A == /\ p
/\ B == 1
====
