---- MODULE DefinitionSignTwice ----
A == == 1
====
