---- MODULE TheoremProofByStep ----
CONSTANT S
THEOREM T == TRUE
PROOF BY <2>1, T
====
