---- MODULE AlwaysActionByName ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
A == [x' = x]_vars
B == []A
====
