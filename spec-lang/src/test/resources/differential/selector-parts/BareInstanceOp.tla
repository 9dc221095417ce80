---- MODULE BareInstanceOp ----
I == INSTANCE H WITH C <- LAMBDA x : x
Use == I!F
====
