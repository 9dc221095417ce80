---- MODULE StepsOnOneLine ----
EXTENDS Naturals
THEOREM Small == 1 + 1 = 2
<1>1. 1 = 1
  OBVIOUS
<1>2. 2 = 2 BY <1>1 <1> QED BY <1>2
====
