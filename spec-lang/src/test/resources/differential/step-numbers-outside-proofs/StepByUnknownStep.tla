---- MODULE StepByUnknownStep ----
CONSTANT S
THEOREM T == TRUE
<1>1. TRUE BY <2>1
<1>2. QED
====
