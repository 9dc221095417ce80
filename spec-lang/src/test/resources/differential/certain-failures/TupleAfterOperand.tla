---- MODULE TupleAfterOperand ----
CONSTANTS S
A ==  \/ \E i \in S : \/ TRUE
                        <<
                       \/ 1
                       >>
B == TRUE
====
