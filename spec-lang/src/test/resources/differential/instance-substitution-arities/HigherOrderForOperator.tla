---- MODULE HigherOrderForOperator ----
---- MODULE H ----
CONSTANT Foo(_)
====
Op(F(_)) == F(1)
I == INSTANCE H WITH Foo <- Op
====
