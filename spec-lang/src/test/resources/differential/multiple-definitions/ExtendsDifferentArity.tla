---- MODULE ExtendsDifferentArity ----
EXTENDS A, FooB
====
