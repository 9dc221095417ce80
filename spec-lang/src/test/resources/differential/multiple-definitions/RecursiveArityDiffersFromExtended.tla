---- MODULE RecursiveArityDiffersFromExtended ----
EXTENDS A
RECURSIVE Foo(_)
Foo(x) == 1
====
