---- MODULE FunctionSetAfterName ----
CONSTANTS S, f, p, q, F(_, _)
A == p [S -> S]
====
