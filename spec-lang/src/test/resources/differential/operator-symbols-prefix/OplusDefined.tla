---- MODULE OplusDefined ----
a <+> b == a
A == <+> 1
====
