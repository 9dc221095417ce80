---- MODULE UnclosedSelArgsThenDef ----
I == INSTANCE H WITH C <- LAMBDA x : x
Use == I!K(1
B == 2
====
