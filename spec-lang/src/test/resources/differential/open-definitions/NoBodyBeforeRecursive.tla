---- MODULE NoBodyBeforeRecursive ----
f[x \in {1}] ==
RECURSIVE G(_)
G(x) == G(x)
====
