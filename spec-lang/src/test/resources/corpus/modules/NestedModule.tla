---- MODULE NestedModule ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
---- MODULE Inner ----
CONSTANT c
Double == c + c
====
I == INSTANCE Inner WITH c <- 3
Six == I!Double
Init == x = Six
====
