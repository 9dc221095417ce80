---- MODULE PrimeAction ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
\* a primed action: ' takes at most a state-level argument
A == x' = x
B == A'
====
