---- MODULE NewVariableAction ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
THEOREM ASSUME NEW VARIABLE v PROVE [](v' = v)
====
