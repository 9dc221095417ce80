---- MODULE RecursiveInstanceDefinition ----
RECURSIVE Foo
INSTANCE B
Foo == 1
====
