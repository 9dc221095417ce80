---- MODULE ByOnlyStepThen ----
THEOREM T == TRUE
<1>1. TRUE
<1>2. TRUE
  BY ONLY
  <1>1
<1> QED
====
