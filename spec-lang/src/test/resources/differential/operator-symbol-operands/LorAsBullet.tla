---- MODULE LorAsBullet ----
VARIABLES x
Next == \/ x' = 1
        \/ \lor
           x' = 2
====
