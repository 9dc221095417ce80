---- MODULE AlwaysAction ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
\* [] of an action must be [][A]_v
B == [](x' = x)
====
