---- MODULE InstParamOnlyOpParam ----
---- MODULE M ----
CONSTANT C(_)
====
I == INSTANCE M WITH C <- LAMBDA a : a
A == I!C(1)
====
