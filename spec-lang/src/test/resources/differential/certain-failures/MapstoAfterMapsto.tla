---- MODULE MapstoAfterMapsto ----
CONSTANTS S
A == /\ [i \in S |-> |->
   /\ TRUE
B == 1
====
