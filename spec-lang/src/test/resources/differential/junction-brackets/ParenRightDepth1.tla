---- MODULE ParenRightDepth1 ----
CONSTANTS S, f, p, q
A ==    /\ (p = 
            q)
        /\ TRUE
====
