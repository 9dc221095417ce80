---- MODULE ByModuleNested ----
---- MODULE N ----
A == 1
====
THEOREM TRUE
BY MODULE N
====
