---- MODULE Nested ----
H(Op(_)) == Op(1)
A == H(LAMBDA x : LAMBDA y : y)
====
