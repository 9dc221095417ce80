---- MODULE MissingSubstitution ----
EXTENDS Naturals
---- MODULE Inner ----
CONSTANT c
D == c
====
I == INSTANCE Inner
A == I!D
====
