---- MODULE CupForOpArgument ----
F(Op(_,_)) == Op(1, 2)
Use == F(\cup)
====
