---- MODULE LetDefinitionAfterItem ----
CONSTANTS S, f, p, q, F(_, _)
A == LET a == /\ p
                b == q IN a
====
