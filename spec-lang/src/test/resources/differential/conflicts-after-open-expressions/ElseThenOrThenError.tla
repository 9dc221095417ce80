---- MODULE ElseThenOrThenError ----
CONSTANTS S, f, p, q, F(_, _)
A == p /\ IF p THEN 1 ELSE 2
     \/ q
  )
====
