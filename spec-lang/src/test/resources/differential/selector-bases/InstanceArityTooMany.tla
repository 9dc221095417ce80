---- MODULE InstanceArityTooMany ----
---- MODULE H ----
C == 1
====
I == INSTANCE H
Use == I!C(1)
====
