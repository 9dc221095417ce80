---- MODULE High ----
Foo == 2
====
