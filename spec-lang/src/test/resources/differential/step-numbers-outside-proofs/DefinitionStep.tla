---- MODULE DefinitionStep ----
CONSTANT S
A == <1>a
====
