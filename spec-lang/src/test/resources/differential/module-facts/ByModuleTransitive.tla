---- MODULE ByModuleTransitive ----
EXTENDS Integers
THEOREM TRUE
BY MODULE Naturals
====
