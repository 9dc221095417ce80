---- MODULE JuncTwoSymbolsDef ----
A == /\ 1 x + - y == x
====
