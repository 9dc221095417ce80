---- MODULE UnknownInInstance ----
EXTENDS Naturals
---- MODULE Inner ----
D == 1
====
I == INSTANCE Inner
A == I!E
====
