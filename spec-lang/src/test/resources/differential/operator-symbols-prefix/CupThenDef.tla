---- MODULE CupThenDef ----
CONSTANT a
A == \cup
B == 1
====
