---- MODULE AppRightDepth2 ----
CONSTANTS S, f, p, q
A ==    /\ f[(p = 
            q)]
        /\ TRUE
====
