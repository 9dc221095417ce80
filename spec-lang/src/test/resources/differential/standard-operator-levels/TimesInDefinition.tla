---- MODULE TimesInDefinition ----
EXTENDS Naturals
CONSTANTS a, b
F(x) == x * 1
Op == F(a ~> b)
====
