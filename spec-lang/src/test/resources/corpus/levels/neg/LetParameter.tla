---- MODULE LetParameter ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
B == LET F(p) == ENABLED p IN F([]TRUE)
====
