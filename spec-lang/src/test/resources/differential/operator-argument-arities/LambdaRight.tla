---- MODULE LambdaRight ----
H(Op(_), p) == Op(p)
A == H(LAMBDA x : x, 1)
====
