---- MODULE ConstantNoName ----
THEOREM ASSUME TRUE, CONSTANT
        PROVE TRUE
====
