---- MODULE OplusLet ----
CONSTANT a
A == LET B == <+> a IN B
====
