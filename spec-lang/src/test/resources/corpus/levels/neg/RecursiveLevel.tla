---- MODULE RecursiveLevel ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
RECURSIVE R(_)
R(n) == IF n = 0 THEN x' ELSE R(n - 1)
B == R(1)'
====
