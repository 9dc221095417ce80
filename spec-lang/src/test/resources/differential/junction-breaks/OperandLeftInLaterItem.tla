---- MODULE OperandLeftInLaterItem ----
CONSTANTS S, f, p, q
A == /\ p
     /\ f[q
   x]
====
