---- MODULE A ----
Foo == 1
====
