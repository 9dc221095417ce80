---- MODULE ExtendsLocalDefinition ----
EXTENDS L
Foo == 2
====
