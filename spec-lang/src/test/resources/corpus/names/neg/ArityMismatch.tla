---- MODULE ArityMismatch ----
EXTENDS Naturals
F(a, b) == a + b
A == F(1)
====
