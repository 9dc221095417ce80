---- MODULE InstanceOperatorAsArgument ----
---- MODULE H ----
F(x) == x
====
I == INSTANCE H
G(Op(_)) == Op(1)
Use == G(I!F)
====
