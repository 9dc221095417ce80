---- MODULE PlusStepInStep ----
CONSTANT S
THEOREM T == TRUE
<1>1. TRUE
<1>2. QED BY <+>1
====
