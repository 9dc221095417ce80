---- MODULE InOnColumn ----
CONSTANTS S, f, p, q
A == /\ LET B == 1
     IN B
     /\ TRUE
====
