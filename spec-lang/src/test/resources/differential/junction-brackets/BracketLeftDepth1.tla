---- MODULE BracketLeftDepth1 ----
CONSTANTS S, f, p, q
A ==    /\ [i \in S |-> p = 
   q]
        /\ TRUE
====
