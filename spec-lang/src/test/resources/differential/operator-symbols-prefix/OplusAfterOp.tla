---- MODULE OplusAfterOp ----
CONSTANT a
A == 1 + <+> a
====
