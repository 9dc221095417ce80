---- MODULE ByDefModuleExtended ----
EXTENDS Naturals
THEOREM TRUE
BY DEF MODULE Naturals
====
