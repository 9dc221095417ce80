---- MODULE ArrowAfterInnerArm ----
CONSTANTS p, q
Grade == CASE \/ CASE p -> 1
              \/ q
          -> 5 [] OTHER -> 6
====
