---- MODULE Spec ----
CONSTANT S, P(_)
VARIABLE v
D == S
F(a) == a \in S
USE S = S, D
COROLLARY a == ASSUME v \in S, D = D
       PROVE P(S)
OBVIOUS
THEOREM \A n44 \in S : a = a
<1>1. \A n67 \in S : L = L
<1>2. ASSUME NEW n36
       PROVE v = n36
<1>3. USE P(S)
<1>4. QED BY DEF D
====
