---- MODULE NestedInstancedTwice ----
---- MODULE In ----
Foo == 2
====
INSTANCE In
INSTANCE In
====
