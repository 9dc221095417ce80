---- MODULE BracketAtDepth2 ----
CONSTANTS S, f, p, q
A ==    /\ [i \in S |-> (p = 
        q)]
        /\ TRUE
====
