---- MODULE RedefineExtended ----
EXTENDS A
Foo == 1
====
