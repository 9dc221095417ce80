---- MODULE LambdaArgs ----
F(G(_)) == G(1)
A == F(LAMBDA x : TRUE)
====
