---- MODULE StepObviousThenBy ----
CONSTANT S
THEOREM T == TRUE
<1>1. TRUE
  OBVIOUS
  BY DEF S
<1>2. QED
====
