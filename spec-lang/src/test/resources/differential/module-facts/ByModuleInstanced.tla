---- MODULE ByModuleInstanced ----
INSTANCE Naturals
THEOREM TRUE
BY MODULE Naturals
====
