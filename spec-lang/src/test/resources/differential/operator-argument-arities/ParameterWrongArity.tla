---- MODULE ParameterWrongArity ----
H(Op(_), p) == Op(p)
K(Op(_, _)) == H(Op, 1)
====
