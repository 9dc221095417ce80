---- MODULE InfixDefinitionAfterItem ----
CONSTANTS S, f, p, q, F(_, _)
A == \/ p
     \/ p q =
B == TRUE
====
