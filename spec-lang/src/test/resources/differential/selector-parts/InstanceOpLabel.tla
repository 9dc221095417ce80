---- MODULE InstanceOpLabel ----
I == INSTANCE H WITH C <- LAMBDA x : x
Use == I!K!lab
====
