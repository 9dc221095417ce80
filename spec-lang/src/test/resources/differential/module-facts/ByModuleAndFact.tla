---- MODULE ByModuleAndFact ----
THEOREM T == TRUE
THEOREM TRUE
BY T, MODULE Naturals
====
