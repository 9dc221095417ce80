---- MODULE NoBodyBeforeTheorem ----
A == 1
B ==
THEOREM TRUE
====
