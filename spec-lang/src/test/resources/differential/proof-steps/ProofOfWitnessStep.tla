---- MODULE ProofOfWitnessStep ----
CONSTANT S
D == 1
THEOREM T == \A x \in S : x = x
<1>1. WITNESS 1 \in S
  BY D
<1> QED
====
