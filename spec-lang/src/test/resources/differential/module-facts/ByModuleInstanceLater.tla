---- MODULE ByModuleInstanceLater ----
THEOREM TRUE
BY MODULE Naturals
INSTANCE Naturals
====
