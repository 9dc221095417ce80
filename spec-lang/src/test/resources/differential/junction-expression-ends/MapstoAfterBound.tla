---- MODULE MapstoAfterBound ----
CONSTANTS S
A == [z \in /\ S |-> 1]
====
