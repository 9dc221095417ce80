---- MODULE SecondArgumentSpansLines ----
H(p, Op(_)) == Op(p)
A == H(1,
       LAMBDA x, y : x)
====
