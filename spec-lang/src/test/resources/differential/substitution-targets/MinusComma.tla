---- MODULE MinusComma ----
EXTENDS Naturals
I == INSTANCE HC WITH C <- -, D <- 1
Use == 1
====
