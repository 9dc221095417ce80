---- MODULE OplusIf ----
CONSTANT a
A == IF <+> a THEN 1 ELSE 2
====
