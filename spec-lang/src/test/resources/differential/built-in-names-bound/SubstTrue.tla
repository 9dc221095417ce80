---- MODULE SubstTrue ----
---- MODULE N ----
CONSTANT c
====
I == INSTANCE N WITH TRUE <- 1
====
