---- MODULE VariablePrimed ----
CONSTANT S
THEOREM U == ASSUME NEW VARIABLE x PROVE TRUE
<1>1. x' = x
<1>2. QED
====
