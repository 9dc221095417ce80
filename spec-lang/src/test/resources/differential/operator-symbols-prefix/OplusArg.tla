---- MODULE OplusArg ----
CONSTANT a
F(x) == x
A == F(<+> a)
====
