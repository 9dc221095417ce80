---- MODULE NegationAfterOperand ----
CONSTANTS S, p
A ==   \/ p~
       \/ p \in S
B == TRUE
====
