---- MODULE DefinitionAfterItemOnLine ----
CONSTANTS S, f, p, q, F(_, _)
A == \/ p
     \/ p B == TRUE
====
