---- MODULE MinusMod ----
EXTENDS Naturals
A == 1 - 2 % 3
====
