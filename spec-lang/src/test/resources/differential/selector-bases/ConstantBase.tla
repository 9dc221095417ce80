---- MODULE ConstantBase ----
CONSTANT C
Use == C!v
====
