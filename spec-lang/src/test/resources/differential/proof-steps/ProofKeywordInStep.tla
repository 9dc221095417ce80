---- MODULE ProofKeywordInStep ----
CONSTANT S
THEOREM T == S = S
<1>1. S = S
  PROOF
<1> QED BY <1>1
====
