---- MODULE Spec ----
CONSTANT S, P(_)
VARIABLE v
D == S
F(a) == a \in S
LEMMA T0 == ASSUME S = v, NEW TEMPORAL n82
       PROVE \A n98 \in S : v = v
<1>1. n82 \in S
<1>b. QED
  PROOF
  <*> v \in S
    PROOF OMITTED
  <2> WITNESS D
  <2>3. TRUE OMITTED
  <2>4. QED
    BY <1>1, T0
COROLLARY T1 == ASSUME NEW n49, \A n99 \in S : v = v
       PROVE S = D => D = S
OBVIOUS
====
