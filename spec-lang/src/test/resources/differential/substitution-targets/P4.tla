---- MODULE P4 ----
CONSTANT C(_, _)
====
