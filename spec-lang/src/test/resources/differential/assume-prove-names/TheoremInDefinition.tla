---- MODULE TheoremInDefinition ----
THEOREM T == ASSUME NEW x PROVE x = x
A == T
====
