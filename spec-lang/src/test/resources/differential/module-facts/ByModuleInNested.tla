---- MODULE ByModuleInNested ----
---- MODULE N ----
THEOREM TRUE
BY MODULE Naturals
====
A == 1
====
