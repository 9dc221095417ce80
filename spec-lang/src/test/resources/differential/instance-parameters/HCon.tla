---- MODULE HCon ----
CONSTANT Foo
v(x) == x
====
