---- MODULE NewVariableThenNewConstant ----
CONSTANT S
THEOREM ASSUME NEW VARIABLE n, NEW n \in S
        PROVE TRUE
====
