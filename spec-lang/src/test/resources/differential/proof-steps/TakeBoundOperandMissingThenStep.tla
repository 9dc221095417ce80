---- MODULE TakeBoundOperandMissingThenStep ----
CONSTANT S
THEOREM T == \A x \in S : x = x
<1>1. TAKE x \in S
< <1>*. x = x
  BY <1>1
<1> QED BY <1>2
====
