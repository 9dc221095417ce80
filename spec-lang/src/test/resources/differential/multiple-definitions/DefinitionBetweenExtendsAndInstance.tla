---- MODULE DefinitionBetweenExtendsAndInstance ----
EXTENDS TLC
Foo == 1
INSTANCE A
====
