---- MODULE LambdaForOperator ----
---- MODULE H ----
CONSTANT Foo(_)
====
I == INSTANCE H WITH Foo <- LAMBDA x : x
====
