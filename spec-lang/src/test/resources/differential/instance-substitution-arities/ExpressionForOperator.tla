---- MODULE ExpressionForOperator ----
---- MODULE H ----
CONSTANT Foo(_)
====
C(p) == INSTANCE H WITH Foo <- p
====
