---- MODULE ProofPickAction ----
EXTENDS Naturals
CONSTANT c, S
VARIABLE x, y
vars == <<x, y>>
THEOREM TRUE
<1>1. PICK z \in S : [](z' = x)
  OBVIOUS
<1>2. QED
  OBVIOUS
====
