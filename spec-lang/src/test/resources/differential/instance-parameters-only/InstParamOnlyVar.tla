---- MODULE InstParamOnlyVar ----
---- MODULE M ----
CONSTANT C
VARIABLE V
====
VARIABLE x
I == INSTANCE M WITH C <- 1, V <- x
A == I!V
====
