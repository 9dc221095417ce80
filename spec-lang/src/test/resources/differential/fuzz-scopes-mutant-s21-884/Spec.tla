---- MODULE Spec ----
VARIABLE v
D == S
F(a) == a \in S
THEOREM T0 == TRUE
BY ONLY <1>9
USE T0
THEOREM v \in S
PROOF
<1>1. PICK n57 \in S : a = n57
<1>2. QED
  BY DEF D, F
====
