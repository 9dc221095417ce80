---- MODULE StepAssumeTemporalInProof ----
CONSTANT S
THEOREM U == TRUE
<1>1. ASSUME NEW TEMPORAL z PROVE TRUE
  <2>1. z = S
  <2>2. QED
<1>2. QED
====
