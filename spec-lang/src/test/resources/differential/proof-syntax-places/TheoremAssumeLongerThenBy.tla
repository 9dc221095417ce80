---- MODULE TheoremAssumeLongerThenBy ----
CONSTANT S
THEOREM ASSUME S = S
BY S
====
