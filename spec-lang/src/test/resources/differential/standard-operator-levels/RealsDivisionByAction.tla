---- MODULE RealsDivisionByAction ----
EXTENDS Reals
VARIABLE v
A == ([]v) / 1
====
