---- MODULE ExistsRightDepth2 ----
CONSTANTS S, f, p, q
A ==    /\ \E i \in S : (p = 
            q)
        /\ TRUE
====
