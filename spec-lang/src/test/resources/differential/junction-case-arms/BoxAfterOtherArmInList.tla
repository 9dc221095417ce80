---- MODULE BoxAfterOtherArmInList ----
CONSTANTS p, q
Grade == /\ CASE p -> 1 [] OTHER -> 2 [] q -> 3
         /\ TRUE
====
