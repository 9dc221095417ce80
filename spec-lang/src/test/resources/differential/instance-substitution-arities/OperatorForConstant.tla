---- MODULE OperatorForConstant ----
---- MODULE H ----
CONSTANT C
====
Op(x) == x
I == INSTANCE H WITH C <- Op
====
