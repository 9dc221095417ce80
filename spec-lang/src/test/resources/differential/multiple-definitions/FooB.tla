---- MODULE FooB ----
Foo(x) == x
====
