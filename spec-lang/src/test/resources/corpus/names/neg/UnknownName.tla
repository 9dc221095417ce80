---- MODULE UnknownName ----
EXTENDS Naturals
A == B + 1
====
