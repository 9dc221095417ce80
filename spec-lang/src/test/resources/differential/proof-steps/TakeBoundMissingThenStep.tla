---- MODULE TakeBoundMissingThenStep ----
CONSTANT S
THEOREM T == \A x \in S : x = x
<1>1. TAKE G \in 
<1>*. G = G
  BY <1>1
<1> QED BY <1>2
====
