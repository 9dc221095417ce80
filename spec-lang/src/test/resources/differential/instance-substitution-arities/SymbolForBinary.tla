---- MODULE SymbolForBinary ----
---- MODULE H ----
CONSTANT Foo(_, _)
====
EXTENDS Naturals
I == INSTANCE H WITH Foo <- +
====
