---- MODULE PlusNat ----
EXTENDS Naturals
I == INSTANCE HC WITH C <- +
Use == 1
====
