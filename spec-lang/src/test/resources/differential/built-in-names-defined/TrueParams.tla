---- MODULE TrueParams ----
F(TRUE) == 1
====
