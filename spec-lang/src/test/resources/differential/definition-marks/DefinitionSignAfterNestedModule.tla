---- MODULE DefinitionSignAfterNestedModule ----
---- MODULE Inner ----
A == 1
====
== B
====
