---- MODULE HS ----
F(x) == x
G == 1
====
