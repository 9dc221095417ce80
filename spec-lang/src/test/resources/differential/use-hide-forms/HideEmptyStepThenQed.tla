---- MODULE HideEmptyStepThenQed ----
CONSTANT S
THEOREM T == TRUE
<1>1. TRUE
<1> HIDE
<1> QED
====
