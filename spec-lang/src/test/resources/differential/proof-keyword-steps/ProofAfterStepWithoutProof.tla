---- MODULE ProofAfterStepWithoutProof ----
CONSTANT S
THEOREM U == TRUE
<1>1. TRUE
PROOF
<2>1. QED
<1>2. QED
====
