---- MODULE AssumptionAfterNested ----
---- MODULE N ----
====
ASSUMPTION A == TRUE
====
