---- MODULE OplusBy ----
CONSTANT a
THEOREM TRUE
BY <+> a
====
