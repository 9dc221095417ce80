---- MODULE Parenthesised ----
H(Op(_)) == Op(1)
A == H((LAMBDA x : x))
====
