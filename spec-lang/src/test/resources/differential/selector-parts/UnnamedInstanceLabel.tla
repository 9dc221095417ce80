---- MODULE UnnamedInstanceLabel ----
INSTANCE H WITH C <- LAMBDA x : x
Use == G!C
====
