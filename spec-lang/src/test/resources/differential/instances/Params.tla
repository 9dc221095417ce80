---- MODULE Params ----
CONSTANT v
VARIABLE w
C[x \in {1}] == x
====
