---- MODULE BadChar ----
EXTENDS Naturals
A == 1 ` 2
====
