---- MODULE Kc2 ----
CONSTANT C
====
