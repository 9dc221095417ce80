---- MODULE DefinitionSignAfterNestedModuleNamed ----
---- MODULE Inner ----
A == 1
====
B == 1 INSTANCE Inner
====
