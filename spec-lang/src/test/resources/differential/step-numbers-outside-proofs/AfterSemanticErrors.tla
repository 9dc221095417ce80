---- MODULE AfterSemanticErrors ----
CONSTANT S
A == x
LEMMA L == S = D
BY <1>1, L
====
