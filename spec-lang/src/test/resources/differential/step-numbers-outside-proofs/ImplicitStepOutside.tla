---- MODULE ImplicitStepOutside ----
CONSTANT S
THEOREM T == TRUE
BY <*>1
====
