---- MODULE PlusOfTemporal ----
EXTENDS Naturals
CONSTANTS a, b
VARIABLE v
Op == ([]v) + a
====
