---- MODULE DefinitionLabel ----
Bar == lab :: TRUE
Use == Bar!lab
====
