---- MODULE MixedThroughOperator ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
F(p) == p
B == F(x') /\ []TRUE
====
