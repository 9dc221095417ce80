---- MODULE H1 ----
RECURSIVE Foo(_)
Foo(x) == Foo(x)
ASSUME Foo == TRUE
====
