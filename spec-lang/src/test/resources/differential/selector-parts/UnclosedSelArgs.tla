---- MODULE UnclosedSelArgs ----
I == INSTANCE H WITH C <- LAMBDA x : x
Use == I!K(1
====
