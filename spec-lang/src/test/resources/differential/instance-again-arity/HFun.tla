---- MODULE HFun ----
v[x \in {1}] == x
====
