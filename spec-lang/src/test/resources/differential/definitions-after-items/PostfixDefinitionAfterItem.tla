---- MODULE PostfixDefinitionAfterItem ----
CONSTANTS S, f, p, q, F(_, _)
A == /\ p
     /\ q x ^+ == x
====
