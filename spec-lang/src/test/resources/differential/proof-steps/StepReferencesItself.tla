---- MODULE StepReferencesItself ----
CONSTANT S
THEOREM T == \A x \in S : x = x
<1>1. S = S
<1>2. S = S BY <1>2
<1> QED BY <1>1
====
