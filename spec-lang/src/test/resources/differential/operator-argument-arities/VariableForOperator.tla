---- MODULE VariableForOperator ----
VARIABLE v
H(Op(_), p) == Op(p)
A == H(v, 1)
====
