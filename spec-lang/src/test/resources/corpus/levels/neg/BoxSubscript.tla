---- MODULE BoxSubscript ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
\* the subscript of [A]_v is at most state level
B == [x' = 1]_(x')
====
