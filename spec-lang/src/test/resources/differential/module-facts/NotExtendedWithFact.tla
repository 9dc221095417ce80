---- MODULE NotExtendedWithFact ----
THEOREM T == TRUE
BY T, MODULE Naturals
====
