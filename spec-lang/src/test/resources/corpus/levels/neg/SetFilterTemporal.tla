---- MODULE SetFilterTemporal ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
B == {z \in S : [](x = z)}
====
