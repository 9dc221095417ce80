---- MODULE Kc ----
CONSTANT C
====
