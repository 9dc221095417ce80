---- MODULE EmptyHideStep ----
CONSTANT S
THEOREM T == \A x \in S : x = x
<1>1. TAKE y \in S
<1> HIDE
<1> QED BY <1>1
====
