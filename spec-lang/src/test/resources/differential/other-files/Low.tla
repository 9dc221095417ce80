---- MODULE Low ----
Foo == 1
====
