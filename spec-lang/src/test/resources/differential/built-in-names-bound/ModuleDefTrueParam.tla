---- MODULE ModuleDefTrueParam ----
---- MODULE N ----
CONSTANT c
====
I(TRUE) == INSTANCE N WITH c <- 1
====
