---- MODULE FunctionHeadNames ----
CONSTANTS S, f, p, q, F(_, _)
A == [p, q \in S]
====
