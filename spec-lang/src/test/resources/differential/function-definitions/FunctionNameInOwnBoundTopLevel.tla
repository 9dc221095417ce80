---- MODULE FunctionNameInOwnBoundTopLevel ----
f[i \in f] == i
====
