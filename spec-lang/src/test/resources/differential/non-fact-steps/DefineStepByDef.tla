---- MODULE DefineStepByDef ----
THEOREM TRUE
<1>1. DEFINE E == 2
<1> QED BY DEF E
====
