---- MODULE DefineStep ----
D == 1
THEOREM \A x : TRUE
<1>1. DEFINE E == 2
<1> QED BY <1>1
====
