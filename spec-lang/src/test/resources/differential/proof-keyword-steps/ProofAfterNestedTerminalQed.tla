---- MODULE ProofAfterNestedTerminalQed ----
CONSTANT S
THEOREM U == TRUE
<1>1. TRUE
  <2>1. QED OBVIOUS
  PROOF
  <2>2. QED
====
