---- MODULE StepProofObviousThenBy ----
CONSTANT S
THEOREM T == TRUE
<1>1. TRUE
  PROOF OBVIOUS
  BY T
<1>2. QED
====
