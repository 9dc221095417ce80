---- MODULE TheoremInQuantifier ----
CONSTANT S
COROLLARY a == ASSUME S \in S PROVE S = S
THEOREM \A n \in S : a = a
====
