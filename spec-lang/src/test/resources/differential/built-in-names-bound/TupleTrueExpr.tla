---- MODULE TupleTrueExpr ----
A == <<TRUE, FALSE>>
====
