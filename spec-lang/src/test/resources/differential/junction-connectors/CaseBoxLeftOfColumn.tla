---- MODULE CaseBoxLeftOfColumn ----
CONSTANTS S, f, p, q
A ==   /\ CASE p -> 1
  [] q -> {1 +
====
