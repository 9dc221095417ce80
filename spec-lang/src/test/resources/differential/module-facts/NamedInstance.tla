---- MODULE NamedInstance ----
N == INSTANCE Naturals
THEOREM TRUE
BY MODULE Naturals
====
