---- MODULE NameAfterPrime ----
VARIABLE v
Step == v' v = 1
====
