---- MODULE ConstantOperatorPassedOn ----
---- MODULE H ----
CONSTANT Foo(_)
====
CONSTANT G(_)
INSTANCE H WITH Foo <- G
====
