---- MODULE PickNameInOwnSteps ----
CONSTANT S
THEOREM U == TRUE
<1>1. PICK x \in S : x = x
  <2>1. x \in S
  <2>2. QED
<1>2. QED
====
