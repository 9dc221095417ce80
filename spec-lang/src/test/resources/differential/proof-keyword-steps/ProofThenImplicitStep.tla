---- MODULE ProofThenImplicitStep ----
CONSTANT S
THEOREM TRUE
<1>1. TRUE
  PROOF
  <*> S = S
    OBVIOUS
  <2>b. QED
<1>2. QED
====
