---- MODULE OperatorForVariable ----
---- MODULE H ----
VARIABLE v
====
Op(x) == x
I == INSTANCE H WITH v <- Op
====
