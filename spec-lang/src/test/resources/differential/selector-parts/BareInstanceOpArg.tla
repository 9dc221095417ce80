---- MODULE BareInstanceOpArg ----
I == INSTANCE H WITH C <- LAMBDA x : x
Ap(Op(_)) == Op(1)
Use == Ap(I!F)
====
