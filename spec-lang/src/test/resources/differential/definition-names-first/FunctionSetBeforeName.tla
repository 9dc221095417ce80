---- MODULE FunctionSetBeforeName ----
CONSTANT S
f == S
A == LET f[j \in
           y] == j
     IN f
====
