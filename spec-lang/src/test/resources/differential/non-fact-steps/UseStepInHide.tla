---- MODULE UseStepInHide ----
D == 1
THEOREM TRUE
<1>1. USE DEF D
<1>2. HIDE <1>1
<1> QED
====
