---- MODULE Spec ----
x = y == x
====