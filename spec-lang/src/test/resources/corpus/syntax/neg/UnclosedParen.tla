---- MODULE UnclosedParen ----
EXTENDS Naturals
A == (1 + 2
B == 1
====
