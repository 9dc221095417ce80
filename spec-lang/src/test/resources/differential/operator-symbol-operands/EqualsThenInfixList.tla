---- MODULE EqualsThenInfixList ----
CONSTANTS S, f, p, q, F(_, _)
A == \/ [f EXCEPT ![1] = =
         \/ \E i \in S :
           /\ [i \in S |->
           \/ q]]
====
