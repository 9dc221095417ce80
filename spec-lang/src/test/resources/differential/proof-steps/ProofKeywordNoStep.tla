---- MODULE ProofKeywordNoStep ----
CONSTANT S
THEOREM T == \A x \in S : x = x
PROOF

====
