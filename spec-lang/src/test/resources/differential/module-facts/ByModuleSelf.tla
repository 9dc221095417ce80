---- MODULE ByModuleSelf ----
THEOREM TRUE
BY MODULE ByModuleSelf
====
