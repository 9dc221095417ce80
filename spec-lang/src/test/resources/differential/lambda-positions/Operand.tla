---- MODULE Operand ----
H(Op(_)) == Op(1)
A == H(LAMBDA x : x) + H(LAMBDA y : y)
====
