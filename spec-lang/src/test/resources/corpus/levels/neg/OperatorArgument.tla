---- MODULE OperatorArgument ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
\* the operator argument G is applied and primed inside F
F(G(_)) == G(x)'
B == F(LAMBDA z : z')
====
