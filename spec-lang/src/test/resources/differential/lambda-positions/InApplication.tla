---- MODULE InApplication ----
H(Op(_)) == Op(1)
A == 1 + (LAMBDA x : x)(1)
====
