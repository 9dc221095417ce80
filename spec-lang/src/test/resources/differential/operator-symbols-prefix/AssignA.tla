---- MODULE AssignA ----
CONSTANT a
A == := a
====
