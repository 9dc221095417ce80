---- MODULE StepReferenceUnknown ----
CONSTANT S
THEOREM T == \A x \in S : x = x
<1>1. S = S
<1> QED BY <1>2
====
