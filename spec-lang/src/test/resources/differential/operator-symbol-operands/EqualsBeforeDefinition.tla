---- MODULE EqualsBeforeDefinition ----
CONSTANTS S, f, p, q, F(_, _)
A == p = =
B == q
====
