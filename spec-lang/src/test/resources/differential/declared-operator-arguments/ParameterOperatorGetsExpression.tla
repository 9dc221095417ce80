---- MODULE ParameterOperatorGetsExpression ----
H(Op(_), x) == Op(x)
====
