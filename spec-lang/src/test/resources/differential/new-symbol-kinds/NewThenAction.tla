---- MODULE NewThenAction ----
THEOREM ASSUME NEW a, ACTION a
        PROVE TRUE
====
