---- MODULE FunctionAgain ----
CONSTANT S
f[i \in S] == i
A == LET f[j \in S] ==
           y
     IN f
====
