---- MODULE OwnNameInSubProof ----
CONSTANT S
LEMMA T1 == ASSUME NEW x \in S PROVE x = x
<1>1. x = x
  <2>1. QED BY T1
<1>2. QED BY <1>1, T1
====
