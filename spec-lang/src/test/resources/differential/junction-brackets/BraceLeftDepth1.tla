---- MODULE BraceLeftDepth1 ----
CONSTANTS S, f, p, q
A ==    /\ {p = 
   q}
        /\ TRUE
====
