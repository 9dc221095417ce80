---- MODULE StepNamedTwice ----
CONSTANT S
THEOREM T == \A x \in S : x = x
<1>1. S = S
  <2>1. S = S
  <2>1. S = S
  <2> QED BY <2>1
<1>1. S = S
<1> QED BY <1>1
THEOREM U == TRUE
<1>1. TRUE
<1> QED BY <1>1
====
