---- MODULE VariableThenNewAction ----
THEOREM ASSUME NEW n0, VARIABLE n8, NEW ACTION n8
        PROVE TRUE
====
