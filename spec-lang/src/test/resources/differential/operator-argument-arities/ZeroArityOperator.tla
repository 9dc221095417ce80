---- MODULE ZeroArityOperator ----
H(Op(_), p) == Op(p)
D == 1
A == H(D, 1)
====
