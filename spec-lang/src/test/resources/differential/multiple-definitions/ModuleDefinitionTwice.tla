---- MODULE ModuleDefinitionTwice ----
EXTENDS A
I == INSTANCE A
I == INSTANCE B
====
