---- MODULE ConstantOperatorArgument ----
CONSTANT C(_)
H(Op(_), p) == Op(p)
A == H(C, 1)
====
