---- MODULE ProofKeywordThenBy ----
CONSTANT S
THEOREM T == \A x \in S : x = x
PROOF BY DEF S
====
