---- MODULE MapstoBodyLeftOfColumn ----
CONSTANTS S, p, q
Init == /\ p
        /\ [i \in S |-> \/ q
                        \/ [j \in S |->
                      \/ p]]
====
