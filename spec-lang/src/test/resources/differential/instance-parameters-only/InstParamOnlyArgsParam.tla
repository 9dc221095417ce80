---- MODULE InstParamOnlyArgsParam ----
---- MODULE M ----
CONSTANT C
VARIABLE V
====
VARIABLE x
I(c) == INSTANCE M WITH C <- c, V <- x
A == I(1)!C
====
