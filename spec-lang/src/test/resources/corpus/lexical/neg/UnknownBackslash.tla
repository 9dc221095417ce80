---- MODULE UnknownBackslash ----
EXTENDS Naturals
A == 1 \foo 2
====
