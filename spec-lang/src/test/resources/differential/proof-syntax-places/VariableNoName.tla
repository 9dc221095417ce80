---- MODULE VariableNoName ----
THEOREM ASSUME TRUE, VARIABLE
        PROVE TRUE
====
