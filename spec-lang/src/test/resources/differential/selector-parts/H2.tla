---- MODULE H2 ----
v == 1
W(x) == x
THEOREM T == TRUE
ASSUME A == TRUE
====
