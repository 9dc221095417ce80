---- MODULE Unknown ----
A == B
====
