---- MODULE ByDefModuleNotExtended ----
THEOREM TRUE
BY DEF MODULE Naturals
====
