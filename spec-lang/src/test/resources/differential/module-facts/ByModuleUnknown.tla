---- MODULE ByModuleUnknown ----
THEOREM TRUE
BY MODULE Nope
====
