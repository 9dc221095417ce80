---- MODULE OperatorForOperator ----
---- MODULE H ----
CONSTANT Foo(_)
====
Op(x) == x
I == INSTANCE H WITH Foo <- Op
====
