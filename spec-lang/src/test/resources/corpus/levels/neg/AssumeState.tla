---- MODULE AssumeState ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
\* an assumption must be constant
ASSUME x = c
====
