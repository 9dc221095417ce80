---- MODULE Spec ----
CONSTANT S, P(_)
VARIABLE v
D == S
F(a) == a \in S
COROLLARY ASSUME S = v, NEW n0, CONSTANT 
       PROVE z = v
<1>a. QED
====
