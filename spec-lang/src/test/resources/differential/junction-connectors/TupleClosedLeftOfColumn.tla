---- MODULE TupleClosedLeftOfColumn ----
CONSTANTS S, f, p, q
A ==   /\ <<\/ p = q
     >>
         /\ p
====
