---- MODULE SymbolArguments ----
CONSTANTS S, f, p, q, F(_, _)
A == F(+, =) = F(<, \in)
====
