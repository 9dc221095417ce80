---- MODULE ByModuleNotExtendedLater ----
THEOREM TRUE
BY MODULE Naturals
A == ]
====
