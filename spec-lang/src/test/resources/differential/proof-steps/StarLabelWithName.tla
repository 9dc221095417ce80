---- MODULE StarLabelWithName ----
CONSTANT S
THEOREM T == TRUE
<1>*a. TRUE
<1> QED
====
