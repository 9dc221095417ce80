---- MODULE OwnNameUsedBefore ----
CONSTANT S
THEOREM T0 == S = S
BY T1
THEOREM T1 == S = S
====
