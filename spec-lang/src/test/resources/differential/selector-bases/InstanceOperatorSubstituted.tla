---- MODULE InstanceOperatorSubstituted ----
---- MODULE H ----
F(x) == x
====
---- MODULE K ----
CONSTANT Op(_)
====
I == INSTANCE H
J == INSTANCE K WITH Op <- I!F
====
