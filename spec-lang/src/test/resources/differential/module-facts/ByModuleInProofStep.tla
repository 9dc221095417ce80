---- MODULE ByModuleInProofStep ----
THEOREM TRUE
<1>1. TRUE
  BY MODULE Naturals
<1> QED
====
