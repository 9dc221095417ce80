---- MODULE HideStep ----
D == 1
THEOREM \A x : TRUE
<1>1. HIDE DEF D
<1> QED BY <1>1
====
