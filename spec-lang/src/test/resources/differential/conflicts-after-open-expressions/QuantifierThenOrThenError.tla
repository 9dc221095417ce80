---- MODULE QuantifierThenOrThenError ----
CONSTANTS S, f, p, q, F(_, _)
A == p /\ \E i \in S : i
     \/ q
  )
====
