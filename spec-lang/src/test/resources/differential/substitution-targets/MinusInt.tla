---- MODULE MinusInt ----
EXTENDS Integers
I == INSTANCE HC WITH C <- -
Use == 1
====
