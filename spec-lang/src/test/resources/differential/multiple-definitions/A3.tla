---- MODULE A3 ----
EXTENDS A
Baz == 1
====
