---- MODULE ProofOfDefineStep ----
CONSTANT S
D == 1
THEOREM T == \A x \in S : x = x
<1>1. DEFINE E == 1
  BY D
<1> QED
====
