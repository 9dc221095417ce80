---- MODULE OperatorNameRight ----
H(Op(_), p) == Op(p)
F(x) == x
A == H(F, 1)
====
