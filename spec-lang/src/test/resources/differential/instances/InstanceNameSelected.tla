---- MODULE InstanceNameSelected ----
I == INSTANCE Params WITH v <- 1, w <- 2
Use == I!C[1]
====
