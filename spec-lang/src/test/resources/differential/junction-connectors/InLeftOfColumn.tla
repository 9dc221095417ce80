---- MODULE InLeftOfColumn ----
CONSTANTS S, f, p, q
A ==   /\ LET x == 1
 IN {1 +
====
