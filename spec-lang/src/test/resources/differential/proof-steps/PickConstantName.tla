---- MODULE PickConstantName ----
CONSTANT S
THEOREM T == \E x \in S : x = x
<1>1. PICK S \in S : S = S
  OBVIOUS
<1> QED
====
