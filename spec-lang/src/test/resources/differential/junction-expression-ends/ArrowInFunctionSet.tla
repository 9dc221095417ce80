---- MODULE ArrowInFunctionSet ----
CONSTANTS S, T, p
A == [\/ S -> /\ T]
B == CASE /\ p -> [/\ S -> T]
====
