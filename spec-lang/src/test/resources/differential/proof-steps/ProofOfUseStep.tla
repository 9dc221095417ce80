---- MODULE ProofOfUseStep ----
CONSTANT S
D == 1
THEOREM T == \A x \in S : x = x
<1>1. USE DEF D
  BY D
<1> QED
====
