---- MODULE PostfixAfterDefinition ----
EXTENDS Naturals
CONSTANTS a, b
x \approx y == x
Op == a^+ \approx b
====
