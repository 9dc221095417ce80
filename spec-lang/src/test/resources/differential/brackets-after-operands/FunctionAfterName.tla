---- MODULE FunctionAfterName ----
CONSTANTS S, f, p, q, F(_, _)
A == p [i \in S |-> 1]
====
