---- MODULE Spec ----
CONSTANT S, P(_)
VARIABLE v
D == S
F(a) == a \in S
AXIOM A0 == S = S
COROLLARY T1 == S = v
<1>1. D = D => D = D
  OBVIOUS
<1>2. PICK n92 \in S : n92 = S
  <2>1. SUFFICES ASSUME NEW n19, NEW n51
       PROVE P(D) OMITTED
  <2>2. CASE \A n88 \in S : D = D
    BY <2>1
  <2> ASSUME CONSTANT n13, NEW n47, NEW n25
       PROVE n13 = n92 => n92 = n13
    BY ONLY S = S, T1
  <2>4. QED
    OMITTED
<1>3. WITNESS v
<1>4. QED PROOF BY DEF D
====
