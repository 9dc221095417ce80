---- MODULE BadBracket ----
EXTENDS Naturals
A == [1, 2]
====
