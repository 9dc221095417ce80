---- MODULE BoxEq ----
EXTENDS Naturals
VARIABLE x
A == []x = 1
====
