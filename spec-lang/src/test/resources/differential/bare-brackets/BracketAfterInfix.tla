---- MODULE BracketAfterInfix ----
CONSTANTS S, f, p, q, F(_, _)
A == f \/ [p = q]
====
