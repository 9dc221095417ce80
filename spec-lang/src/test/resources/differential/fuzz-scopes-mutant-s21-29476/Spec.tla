---- MODULE Spec ----
CONSTANT S, P(_)
VARIABLE v
D == S
F(a) == a \in S
THEOREM T0 == ASSUME ASSUME NEW n47 PROVE n47 = n47, NEW CONSTANT 
       PROVE P(n47)
<1>1. ASSUME TRUE
       PROVE \A n98 \in S : v = v
<1>2. HIDE T0, <1>9
<1>c. TAKE n87 \in S
THEOREM ASSUME NEW CONSTANT x(_)
       PROVE a = v => v = a
<1>1. TRUE
<1>2. QED
  <+> WITNESS S
  <2>2. \A n60 \in S : D = D PROOF BY DEF D
  <2> HAVE D \in S
  <2>4. QED
    PROOF OMITTED
====
