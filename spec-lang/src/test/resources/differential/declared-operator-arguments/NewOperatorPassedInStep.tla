---- MODULE NewOperatorPassedInStep ----
CONSTANT P(_)
THEOREM T == ASSUME NEW CONSTANT n(_)
             PROVE TRUE
<1>1. P(n)
<1>2. QED
====
