---- MODULE StepUseOnly ----
THEOREM T == TRUE
<1> USE ONLY
<1> QED
====
