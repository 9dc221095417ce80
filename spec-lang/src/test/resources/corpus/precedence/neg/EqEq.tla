---- MODULE EqEq ----
EXTENDS Naturals
A == 1 = 1 = TRUE
====
