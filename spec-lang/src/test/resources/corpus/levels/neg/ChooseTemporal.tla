---- MODULE ChooseTemporal ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
B == CHOOSE z : [](x = z)
====
