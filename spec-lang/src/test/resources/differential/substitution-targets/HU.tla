---- MODULE HU ----
CONSTANT Foo(_)
G == Foo(1)
====
