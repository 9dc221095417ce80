---- MODULE FunctionHeadTuple ----
CONSTANTS S, f, p, q, F(_, _)
A == f \/ [<<p, q>> \in S \/ p]
====
