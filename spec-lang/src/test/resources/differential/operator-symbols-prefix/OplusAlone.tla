---- MODULE OplusAlone ----
A == <+>
====
