---- MODULE FunctionDefinitionAfterItem ----
CONSTANTS S, f, p, q, F(_, _)
A == /\ p
     /\ q f[x \in S] == x
====
