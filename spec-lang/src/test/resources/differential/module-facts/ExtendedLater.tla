---- MODULE ExtendedLater ----
THEOREM TRUE
BY MODULE Naturals
INSTANCE Naturals
====
