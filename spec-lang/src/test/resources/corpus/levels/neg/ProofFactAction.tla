---- MODULE ProofFactAction ----
EXTENDS Naturals
CONSTANT c, S
VARIABLE x, y
vars == <<x, y>>
THEOREM TRUE
BY [](x' = x)
====
