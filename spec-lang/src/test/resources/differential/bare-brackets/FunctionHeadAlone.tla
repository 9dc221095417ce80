---- MODULE FunctionHeadAlone ----
CONSTANTS S, f, p, q, F(_, _)
A == [p \in S]
====
