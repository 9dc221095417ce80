---- MODULE InstanceThenDefinition ----
INSTANCE A
Foo == 2
====
