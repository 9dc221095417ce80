---- MODULE NotExtendedInDef ----
THEOREM TRUE
BY DEF MODULE Naturals
====
