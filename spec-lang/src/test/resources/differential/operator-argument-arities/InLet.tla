---- MODULE InLet ----
A == LET G(Op(_)) == Op(1) IN G(LAMBDA x, y : x)
====
