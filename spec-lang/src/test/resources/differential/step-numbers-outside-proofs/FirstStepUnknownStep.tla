---- MODULE FirstStepUnknownStep ----
CONSTANT S
THEOREM T == TRUE
<1>1. <1>7 = S
<1>2. QED
====
