---- MODULE ConstantOperatorGetsExpression ----
CONSTANT P(_), S
A == P(S)
====
