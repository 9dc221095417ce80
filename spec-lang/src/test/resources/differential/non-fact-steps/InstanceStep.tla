---- MODULE InstanceStep ----
D == 1
THEOREM \A x : TRUE
<1>1. I == INSTANCE Naturals
<1> QED BY <1>1
====
