---- MODULE ByModuleThenSemantic ----
THEOREM TRUE
BY MODULE Naturals
A == undefinedName
====
