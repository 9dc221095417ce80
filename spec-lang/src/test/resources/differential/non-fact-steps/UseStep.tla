---- MODULE UseStep ----
D == 1
THEOREM \A x : TRUE
<1>1. USE TRUE
<1> QED BY <1>1
====
