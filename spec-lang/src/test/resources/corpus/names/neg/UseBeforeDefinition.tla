---- MODULE UseBeforeDefinition ----
EXTENDS Naturals
A == B
B == 1
====
