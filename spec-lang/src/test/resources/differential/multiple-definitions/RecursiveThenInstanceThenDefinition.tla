---- MODULE RecursiveThenInstanceThenDefinition ----
RECURSIVE Foo
INSTANCE A
Foo == 1
====
