---- MODULE RedefineExtendedWithArity ----
EXTENDS A
Foo(x) == x
====
