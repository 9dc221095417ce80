---- MODULE ElseThenOr ----
CONSTANTS S, f, p, q, F(_, _)
A == p /\ IF p THEN q ELSE q
     \/ q
====
