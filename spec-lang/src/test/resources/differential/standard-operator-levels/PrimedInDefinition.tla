---- MODULE PrimedInDefinition ----
EXTENDS Naturals
CONSTANTS a, b
F(x) == x'
Op == F(a ~> b)
====
