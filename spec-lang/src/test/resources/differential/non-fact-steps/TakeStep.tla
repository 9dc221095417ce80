---- MODULE TakeStep ----
D == 1
THEOREM \A x : TRUE
<1>1. TAKE x
<1> QED BY <1>1
====
