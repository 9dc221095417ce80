---- MODULE OwnNameInStatement ----
CONSTANT S
THEOREM T == T
====
