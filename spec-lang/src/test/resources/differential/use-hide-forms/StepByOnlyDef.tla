---- MODULE StepByOnlyDef ----
THEOREM T == TRUE
<1>1. TRUE
  BY ONLY DEF
<1> QED
====
