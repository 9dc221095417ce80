---- MODULE HOp ----
Foo == 1
====
