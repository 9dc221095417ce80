---- MODULE DefinitionParamsLabel ----
Bar(p) == lab :: p
Use == Bar(1)!lab
====
