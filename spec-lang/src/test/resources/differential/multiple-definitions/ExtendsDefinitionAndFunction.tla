---- MODULE ExtendsDefinitionAndFunction ----
EXTENDS A, Fn
====
