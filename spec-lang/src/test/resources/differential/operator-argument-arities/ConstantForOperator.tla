---- MODULE ConstantForOperator ----
CONSTANT C
H(Op(_), p) == Op(p)
A == H(C, 1)
====
