---- MODULE ByModuleNotExtended ----
THEOREM TRUE
BY MODULE Naturals
====
