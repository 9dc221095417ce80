---- MODULE ExceptAfterName ----
CONSTANTS S, f, p, q, F(_, _)
A == p [f EXCEPT ![1] = 2]
====
