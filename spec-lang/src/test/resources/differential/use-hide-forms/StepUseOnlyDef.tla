---- MODULE StepUseOnlyDef ----
THEOREM T == TRUE
<1> USE ONLY DEF
<1> QED
====
