---- MODULE TheoremAssumeThenBy ----
CONSTANT S
THEOREM L == ASSUME TRUE
BY S
====
