---- MODULE ParenRightDepth2 ----
CONSTANTS S, f, p, q
A ==    /\ ((p = 
            q))
        /\ TRUE
====
