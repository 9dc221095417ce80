---- MODULE NewNoName ----
THEOREM ASSUME TRUE, NEW
        PROVE TRUE
====
