---- MODULE HideDefinition ----
CONSTANT S
D == S
HIDE D
====
