---- MODULE CupInSet ----
CONSTANT a, b
A == {a, \cup b}
====
