---- MODULE BoxAfterInnerOtherArm ----
CONSTANTS p, q, r
Level == CASE p -> /\ CASE q -> 1 [] OTHER -> 2
                   /\ r
           [] OTHER -> 3
====
