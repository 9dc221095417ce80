---- MODULE ProofOfInstanceStep ----
CONSTANT S
D == 1
THEOREM T == \A x \in S : x = x
<1>1. INSTANCE Naturals
  BY D
<1> QED
====
