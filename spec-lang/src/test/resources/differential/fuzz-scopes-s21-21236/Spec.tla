---- MODULE Spec ----
CONSTANT S, P(_)
VARIABLE v
D == S
F(a) == a \in S
THEOREM \A n42 \in S : D = D
LEMMA ASSUME NEW n0, VARIABLE n8, NEW ACTION n8
       PROVE P(S)
<1>1. n0 = v
<1> v = D BY ONLY D
<1>3. QED
  BY S = S, D DEF D
====
