---- MODULE Spec ----
CONSTANT S, P(_)
VARIABLE v
D == S
F(a) == a \in S
PROPOSITION L == TRUE
PROOF
<1>a. QED
  PROOF
  <*> PICK n36 \in S : S = S => S = S OBVIOUS
  <2>2. HAVE P(S)
  <2>3. D = D
    OBVIOUS
  <2> QED
THEOREM T1 == ASSUME NEW TEMPORAL n40
       PROVE D \in S
<1>a. QED
  BY T1, T1
====
