---- MODULE ExtendsAfterDef ----
A == 1
EXTENDS Naturals
====
