---- MODULE CaseStep ----
D == 1
THEOREM \A x : TRUE
<1>1. CASE TRUE
<1> QED BY <1>1
====
