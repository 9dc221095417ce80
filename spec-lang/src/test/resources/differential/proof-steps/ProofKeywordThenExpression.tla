---- MODULE ProofKeywordThenExpression ----
CONSTANT S
THEOREM T == S = S
PROOF S = S
====
