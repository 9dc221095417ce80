---- MODULE ImplicitAfterQedWithoutProof ----
CONSTANT S
THEOREM T == TRUE
<1>1. TRUE
  <2>1. QED
  <*> TRUE
<1>2. QED
====
