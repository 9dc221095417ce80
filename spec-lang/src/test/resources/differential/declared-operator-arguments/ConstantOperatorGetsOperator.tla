---- MODULE ConstantOperatorGetsOperator ----
CONSTANT P(_)
G(x) == x
A == P(G)
====
