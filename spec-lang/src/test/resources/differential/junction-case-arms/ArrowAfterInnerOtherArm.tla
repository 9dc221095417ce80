---- MODULE ArrowAfterInnerOtherArm ----
CONSTANTS p, q
Pick == CASE /\ CASE p -> 1 [] OTHER -> 2
             /\ q
          -> 10 [] OTHER -> 20
Mode == /\ CASE CASE /\ CASE p
                         -> 1 [] OTHER -> 2 -> 3 [] OTHER -> 4 -> 5
        /\ TRUE
====
