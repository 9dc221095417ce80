---- MODULE CaseOtherLeftOfColumn ----
CONSTANTS S, f, p, q
A ==   /\ CASE p -> 1
  [] OTHER -> 2
  /\ p
====
