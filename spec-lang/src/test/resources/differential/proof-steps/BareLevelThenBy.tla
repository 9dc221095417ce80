---- MODULE BareLevelThenBy ----
CONSTANT S
THEOREM T == \A x \in S : x = x
<1>1. TAKE y \in S
<1>2. y = y
  BY <1>1
<1>  BY <1>2
====
