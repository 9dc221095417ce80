---- MODULE InSubProof ----
THEOREM TRUE
<1>1. TRUE
  <*> TRUE
  <*> QED
<1> QED
====
