---- MODULE PickTwiceSameName ----
CONSTANT S
THEOREM T == \E x \in S : x = x
<1>1. PICK y \in S : y = y
  OBVIOUS
<1>2. PICK y \in S : y = y
  OBVIOUS
<1> QED
====
