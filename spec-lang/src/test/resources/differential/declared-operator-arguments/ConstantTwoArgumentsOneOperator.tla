---- MODULE ConstantTwoArgumentsOneOperator ----
CONSTANT P(_, _), S
G(x) == x
A == P(S, G)
====
