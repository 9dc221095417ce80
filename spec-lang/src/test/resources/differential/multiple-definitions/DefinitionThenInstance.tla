---- MODULE DefinitionThenInstance ----
Foo == 3
INSTANCE A
====
