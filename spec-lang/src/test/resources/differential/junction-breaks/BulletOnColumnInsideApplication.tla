---- MODULE BulletOnColumnInsideApplication ----
CONSTANTS S, f, p, q
A == /\ CASE /\ f[
             /\ p \in S
             /\ q
             ] -> 1 [] OTHER -> 2
     /\ TRUE
====
