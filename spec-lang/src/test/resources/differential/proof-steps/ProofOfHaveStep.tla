---- MODULE ProofOfHaveStep ----
CONSTANT S
D == 1
THEOREM T == \A x \in S : x = x
<1>1. HAVE S = S
  BY D
<1> QED
====
