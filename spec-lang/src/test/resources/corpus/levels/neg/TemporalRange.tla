---- MODULE TemporalRange ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
B == \A z \in {x'} : [](z = 1)
====
