---- MODULE MultiSubstUnnamed ----
INSTANCE HC WITH C <- LAMBDA x : x, C <- LAMBDA y : y
====
