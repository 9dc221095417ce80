---- MODULE TheoremByStep ----
CONSTANT S
D == y
THEOREM T == TRUE
BY ONLY <1>9
====
