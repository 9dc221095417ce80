---- MODULE ParameterOperatorGetsOperator ----
G(x) == x
H(Op(_)) == Op(G)
====
