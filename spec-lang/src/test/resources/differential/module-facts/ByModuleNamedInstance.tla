---- MODULE ByModuleNamedInstance ----
N == INSTANCE Naturals
THEOREM TRUE
BY MODULE Naturals
====
