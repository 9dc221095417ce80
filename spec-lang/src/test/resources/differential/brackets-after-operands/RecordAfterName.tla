---- MODULE RecordAfterName ----
CONSTANTS S, f, p, q, F(_, _)
A == p [a |-> 1]
====
