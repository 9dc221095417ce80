---- MODULE ByFactThenBareLevelInLevelTwo ----
CONSTANT S
THEOREM T == \A x \in S : x = x
<1>1. TAKE y \in S
<1>2. y = y
  <2>1. y = y
    BY <1>1 <1>
  <2> QED
<1> QED BY <1>2
====
