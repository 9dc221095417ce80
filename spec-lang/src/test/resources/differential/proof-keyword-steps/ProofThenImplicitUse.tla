---- MODULE ProofThenImplicitUse ----
CONSTANT S
THEOREM T == TRUE
<1>1. TRUE
<1>2. TRUE
  PROOF
  <*> USE ONLY <1>1, T
  <2>2. QED
<1>3. QED
====
