---- MODULE CaseAfterElse ----
CONSTANTS S, f, p, q, F(_, _)
A == \/ TRUE
     \/ [f EXCEPT ![1] = /\ IF p THEN 1 ELSE 2
                          CASE
                         \/ p]
====
