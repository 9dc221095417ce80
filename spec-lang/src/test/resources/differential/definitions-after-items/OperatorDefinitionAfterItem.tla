---- MODULE OperatorDefinitionAfterItem ----
CONSTANTS S, f, p, q, F(_, _)
A == /\ p
     /\ q Op(x) == TRUE
====
