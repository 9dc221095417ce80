---- MODULE RealsDivision ----
EXTENDS Reals
VARIABLE v
A == 1 / ([]v)
B == v' / 1
====
