---- MODULE NewTwiceSameKind ----
THEOREM ASSUME NEW a, NEW a
        PROVE TRUE
====
