---- MODULE HideModuleNotExtended ----
HIDE MODULE Naturals
====
