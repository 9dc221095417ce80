---- MODULE NestedRedefinesItsExtended ----
---- MODULE In ----
EXTENDS A
Foo == 2
====
====
