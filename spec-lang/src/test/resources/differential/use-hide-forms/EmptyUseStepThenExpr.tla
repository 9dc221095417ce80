---- MODULE EmptyUseStepThenExpr ----
CONSTANT S
THEOREM T == \A x \in S : x = x
<1>1. TAKE y \in S
<1> USE <1> >1
<1> QED BY <1>1
====
