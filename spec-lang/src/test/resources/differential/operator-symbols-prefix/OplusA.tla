---- MODULE OplusA ----
A == <+> a
====
