---- MODULE LambdaForConstant ----
---- MODULE H ----
CONSTANT C
====
I == INSTANCE H WITH C <- LAMBDA x : x
====
