---- MODULE LetRightDepth2 ----
CONSTANTS S, f, p, q
A ==    /\ LET L == 1 IN (p = 
            q)
        /\ TRUE
====
