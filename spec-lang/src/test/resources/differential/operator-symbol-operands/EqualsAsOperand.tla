---- MODULE EqualsAsOperand ----
CONSTANTS S, f, p, q, F(_, _)
A == f = =
====
