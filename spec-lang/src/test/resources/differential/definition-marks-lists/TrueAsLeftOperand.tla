---- MODULE TrueAsLeftOperand ----
CONSTANTS q
A == \/ q
     /\ TRUE
 == TRUE
====
