---- MODULE Itself ----
THEOREM TRUE
BY MODULE Itself
====
