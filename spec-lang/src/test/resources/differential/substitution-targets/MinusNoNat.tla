---- MODULE MinusNoNat ----
I == INSTANCE HC WITH C <- -
Use == 1
====
