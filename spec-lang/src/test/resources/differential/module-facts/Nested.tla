---- MODULE Nested ----
---- MODULE Inner ----
X == 1
====
THEOREM TRUE
BY MODULE Inner
====
