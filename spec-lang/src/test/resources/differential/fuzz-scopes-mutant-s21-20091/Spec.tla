---- MODULE Spec ----
CONSTANT S, P(_)
VARIABLE v
D == S
F(a) == a \in S
LEMMA T0 == ASSUME v \in S, ASSUME NEW n30 PROVE n30 = n30, L \in S
       PROVE y \in S
PROOF
<1>1. PICK n16 : TRUE
  <2> \A n83 \in S : D = D
    OBVIOUS
    BY ONLY D
  <2>3. n16 = n30
    OMITTED
  <2>4. QED
<1>2. QED
HIDE T0, S = S
PROPOSITION T1 == ASSUME NEW n91 \in S, TRUE
       PROVE P(D)
<1>1. SUFFICES ASSUME NEW n92, NEW VARIABLE n13
       PROVE \A n45 \in S : n91 = n91
  <2>1. TRUE
    BY ONLY T0, T1
  <2>2. QED
    OBVIOUS
<1>2. TAKE n16, n59 \in S
<1>3. D \in S
<1>4. QED BY T0, T1 DEF D
====
