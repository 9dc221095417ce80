---- MODULE DefinitionSignAfterTheorem ----
THEOREM == TRUE
====
