---- MODULE SubProofWithoutQedBeforeQed ----
CONSTANT S
THEOREM T == \A x \in S : x = x
<1>1. \A y \in S : y = y
  <2>1. TAKE y \in S
  <2>2. y = y
<1>2. QED
====
