---- MODULE AfterUnknownName ----
A == Undefined
THEOREM TRUE
BY MODULE Naturals
====
