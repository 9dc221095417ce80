---- MODULE BracketClosedOnColumn ----
CONSTANTS S, f, p, q
A == /\ f[1
     ]
     /\ TRUE
====
