---- MODULE ParameterClashBeforeName ----
CONSTANT S
D == S
A == LET D(S) ==
          y
     IN D(1)
====
