---- MODULE NumberAfterOperand ----
CONSTANTS p, q
A == /\ IF /\ p
           /\ ~p THEN 1  2
     /\ q
B == TRUE
====
