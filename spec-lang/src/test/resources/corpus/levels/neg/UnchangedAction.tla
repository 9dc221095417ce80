---- MODULE UnchangedAction ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
B == UNCHANGED (x')
====
