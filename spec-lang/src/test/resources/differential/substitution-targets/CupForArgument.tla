---- MODULE CupForArgument ----
F(x) == x
Use == F(\cup)
====
