---- MODULE DefinitionNumberSelector ----
Bar == 1 + 2
Use == Bar!1
====
