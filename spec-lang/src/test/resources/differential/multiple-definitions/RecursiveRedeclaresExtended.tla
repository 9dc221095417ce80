---- MODULE RecursiveRedeclaresExtended ----
EXTENDS A
RECURSIVE Foo
Foo == 1
====
