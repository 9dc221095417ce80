---- MODULE ModuleDefinitionAgain ----
CONSTANT S
D == S
D ==
  y
====
