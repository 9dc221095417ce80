---- MODULE Spec ----
CONSTANT S, P(_)
VARIABLE v
D == S
F(a) == a \in S
USE P(S), D
LEMMA ASSUME ASSUME NEW x PROVE x = x, P(v), NEW n56 \in S
       PROVE x \in S
<1>1. DEFINE n94(p) == D
<*>2. CASE \A n97 \in S : S = S
  PROOF
  <2>a. D \in S
    BY DEF F
  <2>2. P(D) OBVIOUS
  <2>3. QED
    OBVIOUS PROOF
<1>3. QED OBVIOUS
====
