---- MODULE BulletLeftAfterOperand ----
CONSTANTS S, f, p, q
A == /\ f[p
    /\ q]
     /\ TRUE
====
