---- MODULE InLetBody ----
H(Op(_)) == Op(1)
A == LET G == 1 IN LAMBDA x : x
====
