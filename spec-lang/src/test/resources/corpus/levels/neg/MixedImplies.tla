---- MODULE MixedImplies ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
B == [](x = 1) => (x' = 2)
====
