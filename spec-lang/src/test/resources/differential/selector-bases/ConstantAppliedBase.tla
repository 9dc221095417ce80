---- MODULE ConstantAppliedBase ----
CONSTANT C(_)
Use == C(1)!v
====
