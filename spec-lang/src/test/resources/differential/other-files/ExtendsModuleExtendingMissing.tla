---- MODULE ExtendsModuleExtendingMissing ----
EXTENDS ExtendsMissing
B == 1
====
