---- MODULE ChainedLess ----
EXTENDS Naturals
A == 1 < 2 < 3
====
