---- MODULE BracketWithComma ----
CONSTANTS S, f, p, q, F(_, _)
A == [p, q] \/ q
====
