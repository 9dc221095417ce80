---- MODULE ListBreakInFunction ----
CONSTANTS S, f, p, q, F(_, _)
A ==  /\ p
       [i \in S |->
     \/ q]
====
