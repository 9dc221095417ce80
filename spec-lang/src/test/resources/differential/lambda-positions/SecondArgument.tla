---- MODULE SecondArgument ----
H(p, Op(_, _)) == Op(p, p)
A == H(1, LAMBDA x, y : x)
====
