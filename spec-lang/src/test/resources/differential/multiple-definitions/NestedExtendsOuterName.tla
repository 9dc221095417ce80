---- MODULE NestedExtendsOuterName ----
Foo == 1
---- MODULE In ----
EXTENDS A
====
====
