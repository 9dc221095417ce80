---- MODULE PickNameAfter ----
CONSTANT S
THEOREM U == TRUE
<1>1. PICK x \in S : x = x
<1>2. x = x
<1>3. QED
====
