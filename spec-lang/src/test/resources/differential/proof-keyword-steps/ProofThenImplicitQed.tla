---- MODULE ProofThenImplicitQed ----
CONSTANT S
THEOREM T == TRUE
PROOF
<1>1. QED
PROOF
<*> QED BY T
====
