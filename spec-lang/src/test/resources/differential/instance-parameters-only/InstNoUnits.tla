---- MODULE InstNoUnits ----
---- MODULE E ----
====
I == INSTANCE E
A == I!D
====
