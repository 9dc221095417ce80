---- MODULE OplusFunArg ----
CONSTANT a, f
A == f[<+> a]
====
