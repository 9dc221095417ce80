---- MODULE ByBareLevelThenInfix ----
CONSTANT S
THEOREM T == \A x \in S : x = x
<1>1. TAKE S \in S
<1>2. S = S
  BY <1> >1
<1> QED BY <1>2
====
