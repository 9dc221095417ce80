---- MODULE ColonLeftOfColumn ----
CONSTANTS S, f, p, q
A ==   /\ \E x \in S
  : p
       /\ {1 +
====
