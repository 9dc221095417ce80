---- MODULE SymbolForUnary ----
---- MODULE H ----
CONSTANT Foo(_)
====
EXTENDS Naturals
I == INSTANCE H WITH Foo <- +
====
