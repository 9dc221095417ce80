---- MODULE NotExtended ----
THEOREM TRUE
BY MODULE Naturals
====
