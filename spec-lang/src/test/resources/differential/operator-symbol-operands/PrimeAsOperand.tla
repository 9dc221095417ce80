---- MODULE PrimeAsOperand ----
CONSTANTS S, f, p, q, F(_, _)
A == p' = '
====
