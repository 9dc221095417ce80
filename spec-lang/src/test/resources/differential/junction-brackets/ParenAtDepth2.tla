---- MODULE ParenAtDepth2 ----
CONSTANTS S, f, p, q
A ==    /\ ((p = 
        q))
        /\ TRUE
====
