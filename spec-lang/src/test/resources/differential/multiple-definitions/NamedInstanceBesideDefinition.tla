---- MODULE NamedInstanceBesideDefinition ----
Foo == 1
I == INSTANCE A
====
