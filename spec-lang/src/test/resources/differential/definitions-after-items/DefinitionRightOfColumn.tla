---- MODULE DefinitionRightOfColumn ----
CONSTANTS S, f, p, q, F(_, _)
A == /\ p
        B == TRUE
====
