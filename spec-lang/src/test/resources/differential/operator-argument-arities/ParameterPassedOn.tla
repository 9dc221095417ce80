---- MODULE ParameterPassedOn ----
H(Op(_), p) == Op(p)
K(Op(_)) == H(Op, 1)
====
