---- MODULE HideStepAndDefinition ----
CONSTANT S
D == S
THEOREM T == D = D
<1>1. D = D
<1>2. HIDE <1>1, D
<1> QED
====
