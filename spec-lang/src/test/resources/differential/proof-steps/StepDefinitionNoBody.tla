---- MODULE StepDefinitionNoBody ----
CONSTANT S
THEOREM T == S = S
<1>1. D ==
<1> QED
====
