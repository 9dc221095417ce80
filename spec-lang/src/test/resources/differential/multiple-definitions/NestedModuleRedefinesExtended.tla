---- MODULE NestedModuleRedefinesExtended ----
EXTENDS A
---- MODULE In ----
Foo == 1
====
====
