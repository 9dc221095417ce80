---- MODULE EventuallyAction ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
B == <>(x' = x)
====
