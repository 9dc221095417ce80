---- MODULE NestedRedefinesOuter ----
Foo == 1
---- MODULE In ----
Foo == 2
====
====
