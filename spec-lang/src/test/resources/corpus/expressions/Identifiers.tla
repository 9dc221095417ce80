---- MODULE Identifiers ----
EXTENDS Naturals
1a == 1
_b == 2
x_1 == 3
a1b2 == 1a + _b + x_1
====
