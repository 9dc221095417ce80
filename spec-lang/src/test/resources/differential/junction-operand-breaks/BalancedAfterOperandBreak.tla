---- MODULE BalancedAfterOperandBreak ----
EXTENDS Naturals
VARIABLE x
Next == /\ x =
       1
        /\ x' = x
====
