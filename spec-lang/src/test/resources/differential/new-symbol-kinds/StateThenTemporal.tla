---- MODULE StateThenTemporal ----
THEOREM ASSUME STATE a, TEMPORAL a
        PROVE TRUE
====
