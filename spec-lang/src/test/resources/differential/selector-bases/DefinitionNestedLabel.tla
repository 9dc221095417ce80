---- MODULE DefinitionNestedLabel ----
Bar == 1 + (lab :: 2)
Use == Bar!lab
====
