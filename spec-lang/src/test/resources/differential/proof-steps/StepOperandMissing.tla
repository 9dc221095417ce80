---- MODULE StepOperandMissing ----
CONSTANT S
THEOREM T == S = S
<1>1. S = 
  BY DEF S
<1> QED BY <1>1
====
