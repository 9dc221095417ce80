---- MODULE ProofAfterByThenDeeperStep ----
CONSTANT S
THEOREM U == TRUE
<1>1. TRUE BY DEF S
PROOF
<2>1. QED
<1>2. QED
====
