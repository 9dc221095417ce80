---- MODULE FunctionBoundNamedLikeIt ----
f[f \in {1}] == f
====
