---- MODULE TheoremAfterNestedAndDefinition ----
CONSTANT c
A == c
---- MODULE N ----
====
B == 1
THEOREM T == TRUE
====
