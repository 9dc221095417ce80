---- MODULE ConstantThenNewConstant ----
THEOREM ASSUME CONSTANT a, NEW CONSTANT a
        PROVE TRUE
====
