---- MODULE StepReferences ----
CONSTANT S
THEOREM T == \A x \in S : x = x
<1>1. S = S
  <2>1. S = S
  <2> QED BY <1>1, <2>1
<1>2. S = S BY <1>1
<1>a. S = S BY <1>2
<01>b. S = S BY <1>a, <1>1
<1> QED BY <1>b
====
