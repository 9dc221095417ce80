---- MODULE PickNameClash ----
CONSTANT S
THEOREM U == TRUE
<1>1. PICK S \in S : S = S
<1>2. QED
====
