---- MODULE LeftOfBullet ----
EXTENDS Naturals
VARIABLE x
A == /\ x = 1
     /\ x =
    2
====
