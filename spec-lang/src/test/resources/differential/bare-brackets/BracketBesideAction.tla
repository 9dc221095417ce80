---- MODULE BracketBesideAction ----
CONSTANTS S, f, p, q, F(_, _)
A == [p = q]_p /\ [q]
====
