---- MODULE Spec ----
CONSTANT S, P(_)
VARIABLE v
D == S
F(a) == a \in S
PROPOSITION T0 == ASSUME NEW  n49(_), NEW a \in S
       PROVE \A n57 \in S : D = D
<1>a. P(n49)
<1>b. QED OBVIOUS
AXIOM A1 == S = S
====
