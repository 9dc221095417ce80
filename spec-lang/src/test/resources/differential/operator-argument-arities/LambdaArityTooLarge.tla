---- MODULE LambdaArityTooLarge ----
H(Op(_), p) == Op(p)
A == H(LAMBDA x, y : x, 1)
====
