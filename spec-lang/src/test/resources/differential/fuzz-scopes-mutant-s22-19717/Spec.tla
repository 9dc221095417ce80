---- MODULE Spec ----
CONSTANT S, P(_)
VARIABLE v
D == S
F(a) == a \in S
USE S = S DEF D
COROLLARY ASSUME \A S \in S : v = v, CONSTANT 
       PROVE S \in S
BY P(S), P(S) DEF D
====
