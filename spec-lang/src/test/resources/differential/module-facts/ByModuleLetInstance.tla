---- MODULE ByModuleLetInstance ----
A == LET I == INSTANCE Naturals IN 1
THEOREM TRUE
BY MODULE Naturals
====
