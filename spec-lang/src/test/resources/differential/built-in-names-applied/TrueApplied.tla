---- MODULE TrueApplied ----
A == TRUE(1)
====
