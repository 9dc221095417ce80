---- MODULE SubsetForOpArgument ----
F(Op(_)) == Op(1)
Use == F(SUBSET)
====
