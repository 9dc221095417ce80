---- MODULE NewOperatorArities ----
THEOREM ASSUME NEW a(_), NEW a
        PROVE TRUE
====
