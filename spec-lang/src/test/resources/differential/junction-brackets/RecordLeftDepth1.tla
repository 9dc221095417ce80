---- MODULE RecordLeftDepth1 ----
CONSTANTS S, f, p, q
A ==    /\ [a |-> p = 
   q]
        /\ TRUE
====
