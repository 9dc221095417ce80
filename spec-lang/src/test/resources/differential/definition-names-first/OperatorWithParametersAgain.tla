---- MODULE OperatorWithParametersAgain ----
CONSTANT S
F(a) == a
A == LET F(b) ==
           G(b)
     IN F(S)
====
