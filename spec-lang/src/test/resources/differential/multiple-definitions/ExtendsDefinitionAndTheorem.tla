---- MODULE ExtendsDefinitionAndTheorem ----
EXTENDS A, Th
====
