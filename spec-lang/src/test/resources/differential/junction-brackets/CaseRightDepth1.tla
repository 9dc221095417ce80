---- MODULE CaseRightDepth1 ----
CONSTANTS S, f, p, q
A ==    /\ CASE p = 
            q -> 1 [] OTHER -> 2
        /\ TRUE
====
