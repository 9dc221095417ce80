---- MODULE ThenOnColumn ----
CONSTANTS S, f, p, q
A ==   /\ IF p
       THEN 1 ELSE 2
       /\ p
====
