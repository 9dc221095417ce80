---- MODULE ProofOfPickStep ----
CONSTANT S
D == 1
THEOREM T == \A x \in S : x = x
<1>1. PICK y \in S : TRUE
  BY D
<1> QED
====
