---- MODULE MapstoLeftOfColumn ----
CONSTANTS S, f, p, q
A ==   /\ [x \in S
 |-> 2]
  /\ p
====
