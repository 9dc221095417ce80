---- MODULE BooleanDefined ----
BOOLEAN == 1
====
