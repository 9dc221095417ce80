---- MODULE UnterminatedString ----
EXTENDS Naturals
A == "abc
B == 1
====
