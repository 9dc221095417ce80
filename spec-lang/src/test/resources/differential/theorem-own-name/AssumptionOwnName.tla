---- MODULE AssumptionOwnName ----
CONSTANT S
ASSUME A == A
====
