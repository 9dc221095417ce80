---- MODULE FunctionHeadApplied ----
CONSTANTS S, f, p, q, F(_, _)
A == f[p \in S]
====
