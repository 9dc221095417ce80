---- MODULE ValueForConstantOk ----
---- MODULE H ----
CONSTANT C
====
I == INSTANCE H WITH C <- {1, 2}
====
