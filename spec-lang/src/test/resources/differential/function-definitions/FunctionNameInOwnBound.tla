---- MODULE FunctionNameInOwnBound ----
A == LET S[i \in S] == i
     IN S
====
