---- MODULE ParenthesisOperandLeft ----
CONSTANTS S, f, p, q
A == /\ (1 =
 1)
     /\ TRUE
====
