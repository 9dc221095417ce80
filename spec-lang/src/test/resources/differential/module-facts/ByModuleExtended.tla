---- MODULE ByModuleExtended ----
EXTENDS Naturals
THEOREM TRUE
BY MODULE Naturals
====
