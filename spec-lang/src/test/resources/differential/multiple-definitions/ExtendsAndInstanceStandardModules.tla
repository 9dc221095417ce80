---- MODULE ExtendsAndInstanceStandardModules ----
EXTENDS Naturals
INSTANCE Integers
====
