---- MODULE ByModuleNestedInst ----
---- MODULE N ----
A == 1
====
INSTANCE N
THEOREM TRUE
BY MODULE N
====
