---- MODULE HideTheorem ----
CONSTANT S
THEOREM T == S = S
HIDE T
====
