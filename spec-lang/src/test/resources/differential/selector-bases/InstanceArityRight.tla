---- MODULE InstanceArityRight ----
---- MODULE H ----
F(x) == x
====
I == INSTANCE H
Use == I!F(1)
====
