---- MODULE LambdaTrue ----
F(G(_)) == 1
A == F(LAMBDA TRUE : 1)
B == ]
====
