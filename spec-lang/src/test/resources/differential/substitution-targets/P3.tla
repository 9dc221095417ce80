---- MODULE P3 ----
CONSTANT Foo, Baz
G == 1
K(a) == a
====
