---- MODULE LambdaForExpression ----
F(x) == x
A == F(LAMBDA y : y)
====
