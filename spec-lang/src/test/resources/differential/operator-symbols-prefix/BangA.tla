---- MODULE BangA ----
CONSTANT a
A == ! a
====
