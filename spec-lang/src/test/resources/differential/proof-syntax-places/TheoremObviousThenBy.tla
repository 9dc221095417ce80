---- MODULE TheoremObviousThenBy ----
CONSTANT S
THEOREM T == TRUE
OBVIOUS
BY T
====
