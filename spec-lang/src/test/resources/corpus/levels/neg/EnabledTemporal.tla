---- MODULE EnabledTemporal ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
B == ENABLED [](x = 1)
====
