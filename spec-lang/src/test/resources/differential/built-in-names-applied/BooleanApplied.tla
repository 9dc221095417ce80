---- MODULE BooleanApplied ----
A == BOOLEAN(1, 2)
====
