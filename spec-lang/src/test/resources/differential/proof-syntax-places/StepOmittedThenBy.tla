---- MODULE StepOmittedThenBy ----
CONSTANT S
THEOREM T == TRUE
<1>1. TRUE
  OMITTED
  BY T
<1>2. QED
====
