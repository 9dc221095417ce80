---- MODULE Definition ----
A == LAMBDA x : x
====
