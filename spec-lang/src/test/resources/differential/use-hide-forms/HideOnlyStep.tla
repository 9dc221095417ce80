---- MODULE HideOnlyStep ----
CONSTANT S
A == 1
THEOREM T == TRUE
<1> HIDE ONLY A
<1> QED
====
