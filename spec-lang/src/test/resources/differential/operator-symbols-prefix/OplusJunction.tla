---- MODULE OplusJunction ----
CONSTANT a
A == /\ <+> a
     /\ 1
====
