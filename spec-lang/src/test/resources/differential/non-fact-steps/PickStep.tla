---- MODULE PickStep ----
D == 1
THEOREM \A x : TRUE
<1>1. PICK y 
<1> QED BY <1>1
====
