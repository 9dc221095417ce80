---- MODULE ByModuleNestedLater ----
THEOREM TRUE
BY MODULE N
---- MODULE N ----
A == 1
====
====
