---- MODULE ExceptAfterQuantifierBody ----
CONSTANTS S, f
A == [ \E z \in S : /\ f EXCEPT ![1] = 2]
====
