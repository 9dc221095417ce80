---- MODULE VarTrueThenUse ----
VARIABLE TRUE
A == TRUE
====
