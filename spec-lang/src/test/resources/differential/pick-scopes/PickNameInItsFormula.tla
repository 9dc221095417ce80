---- MODULE PickNameInItsFormula ----
CONSTANT S
THEOREM U == TRUE
<1>1. PICK x, y \in S : x = y
  OBVIOUS
<1>2. QED BY <1>1
====
