---- MODULE TheoremAssumeNoItemThenBy ----
CONSTANT S
THEOREM L == ASSUME
BY S
====
