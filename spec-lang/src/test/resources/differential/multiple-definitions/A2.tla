---- MODULE A2 ----
EXTENDS A
Bar == 1
====
