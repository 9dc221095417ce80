---- MODULE QedStepAfterQedSameLine ----
CONSTANT S
THEOREM T == \A x \in S : x = x
<1>1. TAKE y \in S
<1> QED  <1>2
====
