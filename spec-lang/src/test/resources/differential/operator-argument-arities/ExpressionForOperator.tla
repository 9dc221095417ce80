---- MODULE ExpressionForOperator ----
H(Op(_), p) == Op(p)
A == H(1, 1)
====
