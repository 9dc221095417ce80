---- MODULE LetThenOrThenError ----
CONSTANTS S, f, p, q, F(_, _)
A == p /\ LET L == 1 IN L
     \/ q
  )
====
