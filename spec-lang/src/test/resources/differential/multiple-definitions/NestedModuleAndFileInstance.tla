---- MODULE NestedModuleAndFileInstance ----
---- MODULE In ----
Foo == 1
====
INSTANCE In
INSTANCE A
====
