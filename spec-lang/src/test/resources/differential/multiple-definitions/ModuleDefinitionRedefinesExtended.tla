---- MODULE ModuleDefinitionRedefinesExtended ----
EXTENDS A
Foo == INSTANCE B
====
