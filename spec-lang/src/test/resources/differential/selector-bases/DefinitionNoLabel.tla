---- MODULE DefinitionNoLabel ----
Bar == TRUE
Use == Bar!x
====
