---- MODULE LambdaWrongArity ----
---- MODULE H ----
CONSTANT Foo(_)
====
I == INSTANCE H WITH Foo <- LAMBDA x, y : x
====
