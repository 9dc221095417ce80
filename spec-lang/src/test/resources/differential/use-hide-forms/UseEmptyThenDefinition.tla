---- MODULE UseEmptyThenDefinition ----
CONSTANT S
THEOREM T == TRUE
<1> USE
<1>1. D == 1
<1> QED
====
