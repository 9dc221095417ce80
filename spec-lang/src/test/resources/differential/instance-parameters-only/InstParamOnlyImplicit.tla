---- MODULE InstParamOnlyImplicit ----
---- MODULE M ----
CONSTANT C
VARIABLE V
====
CONSTANT C
VARIABLE V
I == INSTANCE M
A == I!C
====
