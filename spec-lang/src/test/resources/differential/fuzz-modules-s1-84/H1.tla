---- MODULE H1 ----
v == 1
====
