---- MODULE OperatorNameWrongArity ----
H(Op(_), p) == Op(p)
H2(Op(_, _)) == Op(1, 2)
A == H(H2, 1)
====
