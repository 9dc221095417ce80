---- MODULE ProofOfSufficesStep ----
CONSTANT S
D == 1
THEOREM T == \A x \in S : x = x
<1>1. SUFFICES S = S
  BY D
<1> QED
====
