---- MODULE OplusSet ----
CONSTANT a
A == {<+> a}
====
