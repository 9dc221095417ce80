---- MODULE SecondArrowInArm ----
CONSTANTS p, q
Grade == CASE p -> /\ q
                   /\ TRUE -> 2
====
