---- MODULE Vv2 ----
VARIABLE v
====
