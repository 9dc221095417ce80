---- MODULE NamedInfixDefinitionAfterItem ----
CONSTANTS S, f, p, q, F(_, _)
A == /\ p
     /\ q x \prec y == x
====
