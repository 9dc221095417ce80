---- MODULE LetDefinitionNoLabel ----
Use == LET B == 1 IN B!x
====
