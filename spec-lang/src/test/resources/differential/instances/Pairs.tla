---- MODULE Pairs ----
Twice(x) == <<x, x>>
====
