---- MODULE InstanceArgsNone ----
I == INSTANCE H WITH C <- LAMBDA x : x
Use == I(1)!G
====
