---- MODULE SymbolForConstant ----
---- MODULE H ----
CONSTANT C
====
EXTENDS Naturals
I == INSTANCE H WITH C <- +
====
