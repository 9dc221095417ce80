---- MODULE BulletLeftInsideCaseArm ----
CONSTANTS S, f, p, q
A == /\ {\/ \E i \in S :
           \/ p
        \/ p \in S
        \/ CASE
       /\ TRUE
       /\ TRUE
           -> 1 [] OTHER -> 2}
B == TRUE
====
