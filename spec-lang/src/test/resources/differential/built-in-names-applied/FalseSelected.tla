---- MODULE FalseSelected ----
A == FALSE!x
====
