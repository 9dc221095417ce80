---- MODULE StandardOperatorTemporal ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
B == Len([]TRUE)
====
