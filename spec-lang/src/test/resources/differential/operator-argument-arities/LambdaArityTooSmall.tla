---- MODULE LambdaArityTooSmall ----
H2(Op(_, _)) == Op(1, 2)
A == H2(LAMBDA x : x)
====
