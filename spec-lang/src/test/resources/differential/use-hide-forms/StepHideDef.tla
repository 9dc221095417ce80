---- MODULE StepHideDef ----
THEOREM T == TRUE
<1> HIDE DEF
<1> QED
====
