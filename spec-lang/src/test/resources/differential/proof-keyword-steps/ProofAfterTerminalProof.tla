---- MODULE ProofAfterTerminalProof ----
CONSTANT S
THEOREM U == TRUE
<1>1. TRUE OBVIOUS
PROOF
<1>2. QED
====
