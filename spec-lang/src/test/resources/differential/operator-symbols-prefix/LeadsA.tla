---- MODULE LeadsA ----
CONSTANT a
A == ~> a
====
