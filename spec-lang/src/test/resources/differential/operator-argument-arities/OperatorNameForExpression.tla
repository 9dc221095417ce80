---- MODULE OperatorNameForExpression ----
F(x) == x
G(y) == y
A == F(G)
====
