---- MODULE LetFunTrueParam ----
A == LET f[TRUE \in {1}] == 1 IN f[1]
====
