---- MODULE QedWithProofThenStep ----
CONSTANT S
THEOREM T == \A x \in S : x = x
<1>1. TAKE y \in S
<1> QED
  <2> QED OBVIOUS
<1>3. y = y
====
