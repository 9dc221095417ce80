---- MODULE EqOne ----
A == = 1
====
