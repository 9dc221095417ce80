---- MODULE JuncCommaDef ----
A == /\ 1 x , y == x
====
