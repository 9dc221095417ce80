---- MODULE DuplicateDefinition ----
EXTENDS Naturals
A == 1
A == 2
====
