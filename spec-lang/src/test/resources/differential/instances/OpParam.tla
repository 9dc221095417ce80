---- MODULE OpParam ----
CONSTANT F(_)
G == F(1)
====
