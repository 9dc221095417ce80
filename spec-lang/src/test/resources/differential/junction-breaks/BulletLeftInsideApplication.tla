---- MODULE BulletLeftInsideApplication ----
CONSTANTS S, f, p, q
A == /\ f[
    /\ p]
     /\ TRUE
====
