---- MODULE IfAfterName ----
CONSTANTS S, f, p, q, F(_, _)
A == \/ [f EXCEPT ![1] = /\ p
                          IF
                         \/ p]
====
