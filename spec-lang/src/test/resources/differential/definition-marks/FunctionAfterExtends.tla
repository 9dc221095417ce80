---- MODULE FunctionAfterExtends ----
EXTENDS Naturals
[Barx \in {1}] == x
====
