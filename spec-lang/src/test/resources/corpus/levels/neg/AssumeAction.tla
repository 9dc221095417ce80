---- MODULE AssumeAction ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
ASSUME c' = c
====
