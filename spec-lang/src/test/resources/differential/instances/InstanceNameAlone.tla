---- MODULE InstanceNameAlone ----
I == INSTANCE Params WITH v <- 1, w <- 2
Use == I
====
