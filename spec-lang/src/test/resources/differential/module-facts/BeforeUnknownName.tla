---- MODULE BeforeUnknownName ----
THEOREM TRUE
BY MODULE Naturals
A == Undefined
====
