---- MODULE DefinedOperatorGetsOperator ----
G(x) == x
H(Op(_)) == Op(1)
A == H(G)
====
