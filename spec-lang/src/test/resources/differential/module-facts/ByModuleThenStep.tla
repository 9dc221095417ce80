---- MODULE ByModuleThenStep ----
THEOREM TRUE
<1>1. TRUE
  BY MODULE Sequences
<1>2. TRUE
  BY MODULE Naturals
<1> QED
====
