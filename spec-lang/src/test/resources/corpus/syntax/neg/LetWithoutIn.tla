---- MODULE LetWithoutIn ----
EXTENDS Naturals
A == LET b == 1 b
====
