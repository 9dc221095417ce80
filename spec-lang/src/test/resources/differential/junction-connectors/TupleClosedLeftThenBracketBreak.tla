---- MODULE TupleClosedLeftThenBracketBreak ----
CONSTANTS S, f, p, q
A ==   /\ <<\/ p = q
     >>
         /\ [i \in S |-> /\ [f EXCEPT ![1] =
                        /\ p
                        /\ ~p]
                         /\ p]
B == TRUE
====
