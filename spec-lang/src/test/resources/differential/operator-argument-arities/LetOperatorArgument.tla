---- MODULE LetOperatorArgument ----
H(Op(_), p) == Op(p)
A == LET F(x) == x IN H(F, 1)
====
