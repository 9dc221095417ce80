---- MODULE StepByOnly ----
THEOREM T == TRUE
<1>1. TRUE
  BY ONLY
<1> QED
====
