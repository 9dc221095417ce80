---- MODULE InnerNewConstantNoName ----
THEOREM ASSUME ASSUME NEW x PROVE x = x, NEW CONSTANT
        PROVE TRUE
====
