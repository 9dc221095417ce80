---- MODULE ProofStepAction ----
EXTENDS Naturals
CONSTANT c, S
VARIABLE x, y
vars == <<x, y>>
THEOREM TRUE
<1>1. [](x' = x)
  OBVIOUS
<1>2. QED
  OBVIOUS
====
