---- MODULE FunParamTrue ----
f[TRUE \in {1}] == 1
B == ]
====
