---- MODULE ProofKeywordThenDefinition ----
CONSTANT S
THEOREM T == S = S
PROOF
Next == S
====
