---- MODULE OplusCase ----
CONSTANT a
A == CASE <+> a -> 1
====
