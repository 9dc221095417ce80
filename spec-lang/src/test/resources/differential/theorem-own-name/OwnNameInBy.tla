---- MODULE OwnNameInBy ----
CONSTANT S
THEOREM T == S = S
BY T
====
