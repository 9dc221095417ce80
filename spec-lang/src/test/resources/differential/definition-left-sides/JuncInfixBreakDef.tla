---- MODULE JuncInfixBreakDef ----
A == /\ 1 x ++
  y == x
====
