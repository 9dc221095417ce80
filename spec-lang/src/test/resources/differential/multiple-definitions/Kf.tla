---- MODULE Kf ----
CONSTANT Foo
====
