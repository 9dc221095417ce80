---- MODULE CaseArms ----
EXTENDS Naturals
VARIABLE x
Next == /\ CASE x = 0 -> x' = 1
              [] x = 1 -> x' = 2
              [] OTHER -> x' = 0
        /\ TRUE
====
