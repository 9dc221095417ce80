---- MODULE Unknown ----
THEOREM TRUE
BY MODULE Nowhere
====
