---- MODULE WitnessStep ----
D == 1
THEOREM \A x : TRUE
<1>1. WITNESS 1
<1> QED BY <1>1
====
