---- MODULE SemanticThenByModule ----
A == undefinedName
THEOREM TRUE
BY MODULE Naturals
====
