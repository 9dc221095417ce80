---- MODULE StarLabels ----
CONSTANT S
THEOREM T == \A x \in S : x = x
<1>1. TAKE y \in S
<1>*. y = y
<1>* y \in S
<*>*. TRUE
<1>*.. TRUE
<1> QED
====
