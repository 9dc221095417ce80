---- MODULE UnnamedTheoremAfterNested ----
---- MODULE N ----
====
THEOREM TRUE
A == 1
====
