---- MODULE FairnessArgument ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
\* WF_v(A): A is at most an action
B == WF_x([](x = 1))
====
