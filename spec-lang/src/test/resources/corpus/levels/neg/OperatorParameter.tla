---- MODULE OperatorParameter ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
\* G primes its parameter, so its argument must be at most state level
G(p) == p'
B == G(x')
====
