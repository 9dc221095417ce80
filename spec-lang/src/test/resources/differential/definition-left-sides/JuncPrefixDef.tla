---- MODULE JuncPrefixDef ----
A == /\ 1 x -. y == x
====
