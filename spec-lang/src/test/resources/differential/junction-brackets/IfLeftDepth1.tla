---- MODULE IfLeftDepth1 ----
CONSTANTS S, f, p, q
A ==    /\ IF p = 
   q THEN 1 ELSE 2
        /\ TRUE
====
