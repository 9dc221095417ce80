---- MODULE OplusANext ----
A == <+>
  a
====
