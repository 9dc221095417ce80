---- MODULE MissingExtends ----
A == 1 + 2
====
