---- MODULE ExtendsDefinitionAndModuleDefinition ----
EXTENDS A, Mi
====
