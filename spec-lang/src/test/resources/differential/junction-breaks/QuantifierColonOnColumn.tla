---- MODULE QuantifierColonOnColumn ----
CONSTANTS S, f, p, q
A == /\ \E x \in S
     : x
     /\ TRUE
====
