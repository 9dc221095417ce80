---- MODULE B ----
Foo == 2
====
