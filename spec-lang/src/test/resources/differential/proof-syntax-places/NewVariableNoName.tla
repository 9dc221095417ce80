---- MODULE NewVariableNoName ----
THEOREM ASSUME NEW VARIABLE
        PROVE TRUE
====
