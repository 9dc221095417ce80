---- MODULE NoBodyBeforeEnd ----
A == 1
v[x \in {1}] == 

====
