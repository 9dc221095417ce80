---- MODULE SelArgForExpr ----
I == INSTANCE HS
Ap(y) == y
Use == Ap(I!F)
====
