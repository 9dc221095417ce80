---- MODULE UnclosedOpArgs ----
K(a) == a
Use == K(1
====
