---- MODULE FunctionAfterApplication ----
CONSTANTS S, f, p, q, F(_, _)
A == f[1] [i \in S |->
  1 +]
====
