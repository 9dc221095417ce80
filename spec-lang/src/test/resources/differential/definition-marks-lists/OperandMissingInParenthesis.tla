---- MODULE OperandMissingInParenthesis ----
CONSTANTS S, p
A == (/\ p \in
B == TRUE
====
