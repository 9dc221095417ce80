---- MODULE ConflictInElse ----
CONSTANTS S, f, p, q, F(_, _)
A == IF p THEN 1 ELSE p /\ q \/ p
====
