---- MODULE SelArgForOp ----
I == INSTANCE HS
Ap(Op(_)) == Op(1)
Use == Ap(I!F)
====
