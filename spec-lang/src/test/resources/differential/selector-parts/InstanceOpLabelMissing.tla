---- MODULE InstanceOpLabelMissing ----
I == INSTANCE H WITH C <- LAMBDA x : x
Use == I!G!C
====
