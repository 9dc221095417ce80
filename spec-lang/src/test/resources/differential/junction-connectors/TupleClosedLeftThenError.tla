---- MODULE TupleClosedLeftThenError ----
CONSTANTS S, f, p, q
A ==   /\ <<\/ p = q
     >>
         /\ p +
====
