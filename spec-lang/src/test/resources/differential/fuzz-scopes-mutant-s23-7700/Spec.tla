---- MODULE Spec ----
CONSTANT S, P(_)
VARIABLE v
D == S
F(a) == a \in S
COROLLARY L == ASSUME TRUE
BY S = S, L DEF D
====
