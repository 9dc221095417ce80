---- MODULE Vv ----
VARIABLE v
====
