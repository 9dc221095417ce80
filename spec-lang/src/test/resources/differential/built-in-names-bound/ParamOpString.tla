---- MODULE ParamOpString ----
F(STRING(_)) == 1
A == ]
====
