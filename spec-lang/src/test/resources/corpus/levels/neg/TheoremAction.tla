---- MODULE TheoremAction ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
THEOREM [](x' = x)
====
