---- MODULE H1 ----
v[x \in {1}] == x
====
