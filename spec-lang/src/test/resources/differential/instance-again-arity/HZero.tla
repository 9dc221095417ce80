---- MODULE HZero ----
v == 1
====
