---- MODULE DefineStepInUse ----
THEOREM TRUE
<1>1. DEFINE E == 2
<1>2. USE <1>1
<1> QED
====
