---- MODULE LandAsBullets ----
VARIABLES x, y
Next == \land x' = x + 1
        \land y' = y
====
