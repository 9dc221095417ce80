---- MODULE Instantiated ----
INSTANCE Naturals
THEOREM TRUE
BY MODULE Naturals
====
