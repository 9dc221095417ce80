---- MODULE SelArgForExprOk ----
I == INSTANCE HS
Ap(y) == y
Use == Ap(I!G)
====
